using System.Globalization;
using WebAttention.Testing;

namespace WebAttention.LoadBench;

/// <summary>
/// Issue 15 item 7: <c>reliability-load [uploads=10] [megabytes=100] [readers=50]</c> — concurrent uploads of padded real clips
/// while clients read map chunks, against a real server process; prints throughput and latency percentiles, server memory and
/// every error. Asserts nothing (the reliability test does, at a small size).
/// </summary>
internal static class ReliabilityLoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var uploads = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var megabytes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var readers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
        var models = TestModels.Folder;
        await using var server = new ServerProcess($"--Inference:ModelsRoot={models}", "--Logging:LogLevel:Default=Warning");
        await server.StartAsync();
        Console.WriteLine($"reliability-load: {uploads} concurrent uploads × {megabytes} MB (padded real clips, one user each) + {readers} clients reading map chunks");
        Console.WriteLine($"load average before: {File.ReadAllText("/proc/loadavg").Trim()}");
        var result = await UploadMapLoad.RunAsync(server, new UploadMapLoadOptions(uploads, megabytes * 1048576L, readers));
        Console.WriteLine($"load average after:  {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"uploads completed: {result.UploadMegabytesPerSecond.Count}/{uploads}");
        Console.WriteLine($"upload throughput per upload: p50 {P(result.UploadMegabytesPerSecond, 50):0.0} MB/s, p95 {P(result.UploadMegabytesPerSecond, 95):0.0} MB/s (sum of p50 × uploads ≈ {P(result.UploadMegabytesPerSecond, 50) * uploads:0} MB/s)");
        Console.WriteLine($"map chunk reads: {result.ChunkMilliseconds.Count}, latency p50 {P(result.ChunkMilliseconds, 50):0.0} ms, p95 {P(result.ChunkMilliseconds, 95):0.0} ms");
        Console.WriteLine($"server RSS (VmRSS, /proc/PID/status): before {Mb(result.RssBefore)} MB, peak {Mb(result.RssPeak)} MB, after {Mb(result.RssAfter)} MB");
        Console.WriteLine($"errors: {result.Errors.Count}");
        foreach (var error in result.Errors.Take(20))
        {
            Console.WriteLine($"  {error}");
        }

        return result.Errors.Count == 0 ? 0 : 1;
    }

    private static double P(IReadOnlyList<double> values, double p) => UploadMapLoadResult.Percentile(values, p);

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture);
}
