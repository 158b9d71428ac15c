using System.Globalization;
using CsCheck;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Fuzzing;

/// <summary>
/// Runs one parser against one generator (CsCheck, in-process, one thread): each case must end in a value or in one of the
/// parser's documented exception types. Anything else (NullReference, IndexOutOfRange, Overflow, a wrong type) fails the
/// test with the input CsCheck shrank it to. Every run adds a row to the shared "fuzzing" table.
/// </summary>
internal static class Fuzz
{
    /// <summary>Environment variable raising (or lowering) the cases per generator.</summary>
    public const string IterationsVariable = "WEBATTENTION_FUZZ_ITERATIONS";

    private static readonly ReliabilityTable Table = new("fuzzing", "parser", "input", "cases", "rejected (documented error)", "failures");

    /// <summary>Cases per parser and generator: 10,000 unless the environment says otherwise.</summary>
    public static long Iterations { get; } =
        long.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 10_000;

    /// <summary>Samples <paramref name="gen"/> and feeds each value to <paramref name="parse"/>.</summary>
    public static void Run<T>(
        ITestOutputHelper output, string parser, string input, Gen<T> gen, Action<T> parse, Func<T, string>? print, params Type[] documented)
    {
        long cases = 0, rejected = 0;
        try
        {
            gen.Sample(
                value =>
                {
                    cases++;
                    try
                    {
                        parse(value);
                    }
                    catch (Exception ex) when (documented.Any(t => t.IsInstanceOfType(ex)))
                    {
                        rejected++;
                    }
                },
                iter: Iterations,
                threads: 1,
                print: print);
        }
        catch
        {
            Table.Add(parser, input, cases, rejected, 1);
            Table.Publish(output);
            throw;
        }

        Table.Add(parser, input, cases, rejected, 0);
        Table.Publish(output);
    }

    /// <summary>A new empty folder for parsers that read files, in memory (/dev/shm) where the OS has it: 10,000 files stay cheap.</summary>
    public static string TempFolder(string prefix)
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        return Directory.CreateDirectory(Path.Combine(root, $"{prefix}{Guid.NewGuid():N}")).FullName;
    }

    /// <summary>Short printable form of a text case for CsCheck's failure message.</summary>
    public static string Show(string text) =>
        text.Length <= 400 ? Escape(text) : $"{Escape(text[..400])}… ({text.Length} chars)";

    /// <summary>Short printable form of a byte case.</summary>
    public static string Show(byte[] bytes) =>
        bytes.Length <= 200 ? Convert.ToHexString(bytes) : $"{Convert.ToHexString(bytes[..200])}… ({bytes.Length} bytes)";

    private static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
