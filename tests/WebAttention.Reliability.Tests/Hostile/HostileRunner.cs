using System.Diagnostics;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Hostile;

/// <summary>What the server did with one hostile input.</summary>
/// <param name="Status">refused (a clear error), ready (analysed), failed (analysis ended Failed), closed (connection closed), or an HTTP status.</param>
/// <param name="Message">The error the user reads, or a description of the result.</param>
/// <param name="Maps">Stored maps (0 when none).</param>
/// <param name="Frames">Frames the clip has (maps must cover every one).</param>
public sealed record Outcome(string Status, string Message, long Maps = 0, long Frames = 0)
{
    public static Outcome Refused(string message) => new("refused", message);
}

/// <summary>
/// Runs corpus rows against the shared server: each row's outcome is checked by its expectation, then the server must
/// still answer /alive, have left no temporary or part file behind, and stay under the memory bound. One table row
/// each (input → outcome); failures are collected so the table is printed whole before the test fails.
/// </summary>
public sealed class HostileRunner(HostileServer host, string table, ITestOutputHelper output)
{
    private readonly ReliabilityTable _table = new(table, "input", "bytes", "status", "message", "maps", "alive", "temp files left", "peak RSS MB", "verdict");
    private readonly List<string> _failures = [];

    /// <summary>Rows to run: all, or those whose name contains RELIABILITY_HOSTILE_FILTER.</summary>
    public static bool Selected(string input) =>
        Environment.GetEnvironmentVariable("RELIABILITY_HOSTILE_FILTER") is not { Length: > 0 } filter
        || input.Contains(filter, StringComparison.OrdinalIgnoreCase);

    public int Count { get; private set; }

    public async Task RowAsync(string input, long bytes, Func<Task<Outcome>> run, Func<Outcome, string?> expect, Func<string?>? afterwards = null)
    {
        if (!Selected(input))
        {
            return;
        }
        Count++;
        var before = host.TemporaryEntries();
        var clock = Stopwatch.StartNew();
        Outcome outcome;
        try
        {
            outcome = await run().WaitAsync(TimeSpan.FromMinutes(3));
        }
        catch (Exception ex)
        {
            outcome = new Outcome("exception", $"{ex.GetType().Name}: {ex.Message}");
        }
        var problems = new List<string>();
        if (expect(outcome) is { } wrong)
        {
            problems.Add(wrong);
        }
        if (afterwards?.Invoke() is { } after)
        {
            problems.Add(after);
        }
        var alive = await host.AliveAsync();
        if (!alive)
        {
            problems.Add("the server stopped answering /alive");
        }
        var leaked = await LeftOverAsync(before);
        if (leaked.Count > 0)
        {
            problems.Add($"left {string.Join(", ", leaked.Select(Path.GetFileName))}");
        }
        var peak = alive ? host.Server.PeakResidentBytes() : -1;
        if (peak > HostileServer.MemoryBoundBytes)
        {
            problems.Add($"peak RSS {peak / 1048576} MB over the {HostileServer.MemoryBoundBytes / 1048576} MB bound");
        }
        var verdict = problems.Count == 0 ? "ok" : "FAIL: " + string.Join("; ", problems);
        _table.Add(input, bytes, outcome.Status, Shorten(outcome.Message), outcome.Maps > 0 ? $"yes ({outcome.Maps}/{outcome.Frames})" : "no",
            alive ? "yes" : "NO", leaked.Count, peak / 1048576, verdict);
        output.WriteLine($"{input}: {outcome.Status} — {outcome.Message} [{clock.Elapsed.TotalSeconds:0.0} s] {verdict}");
        if (problems.Count > 0)
        {
            _failures.Add($"{input}: {verdict} (outcome {outcome.Status}: {outcome.Message})");
        }
    }

    /// <summary>Prints the table and fails with every failed row.</summary>
    public void Finish()
    {
        output.WriteLine($"{Count} rows ran (filter: {Environment.GetEnvironmentVariable("RELIABILITY_HOSTILE_FILTER") ?? "none"}).");
        _table.Publish(output);
        Assert.True(_failures.Count == 0, string.Join("\n", _failures) + "\n--- server log tail ---\n" + Tail(host.Server.Log));
    }

    // Cleanup after a refusal may finish a moment after the answer (a stream ending after its connection closed).
    private async Task<List<string>> LeftOverAsync(SortedSet<string> before)
    {
        List<string> leaked = [];
        for (var attempt = 0; attempt < 50; attempt++)
        {
            leaked = [.. host.TemporaryEntries().Where(e => !before.Contains(e))];
            if (leaked.Count == 0)
            {
                break;
            }
            await Task.Delay(100);
        }
        return leaked;
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        var cut = line.IndexOf("HubException: ", StringComparison.Ordinal);
        line = cut >= 0 ? line[(cut + "HubException: ".Length)..] : line;
        return line.Length > 160 ? line[..160] + "…" : line;
    }

    private static string Tail(string log) => log.Length > 6000 ? log[^6000..] : log;

    /// <summary>Expectation: refused with a message containing <paramref name="text"/>.</summary>
    public static Func<Outcome, string?> RefusedWith(string text) => o =>
        o.Status == "refused" && o.Message.Contains(text, StringComparison.OrdinalIgnoreCase) ? null : $"expected a refusal saying \"{text}\"";

    /// <summary>Expectation: analysed, with a map for every frame.</summary>
    public static Func<Outcome, string?> Analysed() => o =>
        o.Status == "ready" && o.Maps > 0 && o.Maps == o.Frames ? null : "expected the clip analysed with a map for every frame";

    /// <summary>Expectation: analysed with every frame mapped, or refused / failed with a message containing one of <paramref name="texts"/>.</summary>
    public static Func<Outcome, string?> AnalysedOrClearly(params string[] texts) => o =>
        Analysed()(o) is null || (o.Status is "refused" or "failed" && texts.Any(t => o.Message.Contains(t, StringComparison.OrdinalIgnoreCase)))
            ? null
            : $"expected maps for every frame or an error saying one of: {string.Join(" | ", texts)}";
}
