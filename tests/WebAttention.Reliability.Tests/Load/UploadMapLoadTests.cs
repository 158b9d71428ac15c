using System.Globalization;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Load;

/// <summary>
/// Issue 15 item 7 at test size: concurrent uploads of padded real clips while clients read a clip's map chunks, against a
/// real server process. Behaviour, not timing: every upload completes (sha256 checked by the server), every chunk read is
/// whole, and the server's memory after the load is back within a bound of where it started. The full-size figures come from
/// <c>dotnet run --project tests/WebAttention.LoadBench -c Release -- reliability-load</c>.
/// </summary>
public sealed class UploadMapLoadTests(ITestOutputHelper output)
{
    private static readonly string Models = TestModels.Folder;

    [Fact]
    public async Task Uploads_and_map_readers_at_once_end_without_errors_and_memory_returns()
    {
        var uploads = Setting("WEBATTENTION_LOAD_UPLOADS", 3);
        var megabytes = Setting("WEBATTENTION_LOAD_MEGABYTES", 10);
        var readers = Setting("WEBATTENTION_LOAD_READERS", 10);
        // Uploads stream to disk; the server may keep some heap after the load but not a copy of what it received.
        var boundMegabytes = Setting("WEBATTENTION_LOAD_MEMORY_BOUND_MB", 150);
        await using var server = new ServerProcess($"--Inference:ModelsRoot={Models}", "--Logging:LogLevel:Default=Warning");
        await server.StartAsync();

        var result = await UploadMapLoad.RunAsync(server, new UploadMapLoadOptions(uploads, megabytes * 1048576L, readers));

        var table = new ReliabilityTable("load", "figure", "value");
        table.Add("ran", $"{uploads} uploads × {megabytes} MB + {readers} map readers");
        table.Add("uploads completed", $"{result.UploadMegabytesPerSecond.Count}/{uploads}");
        table.Add("upload MB/s p50 / p95", $"{UploadMapLoadResult.Percentile(result.UploadMegabytesPerSecond, 50):0.0} / {UploadMapLoadResult.Percentile(result.UploadMegabytesPerSecond, 95):0.0}");
        table.Add("map chunk reads", result.ChunkMilliseconds.Count);
        table.Add("map chunk ms p50 / p95", $"{UploadMapLoadResult.Percentile(result.ChunkMilliseconds, 50):0.0} / {UploadMapLoadResult.Percentile(result.ChunkMilliseconds, 95):0.0}");
        table.Add("server RSS MB before / peak / after", $"{result.RssBefore >> 20} / {result.RssPeak >> 20} / {result.RssAfter >> 20}");
        table.Add("errors", result.Errors.Count);
        table.Publish(output);

        Assert.Empty(result.Errors);
        Assert.Equal(uploads, result.UploadMegabytesPerSecond.Count);
        Assert.NotEmpty(result.ChunkMilliseconds);
        Assert.True(
            result.RssAfter <= result.RssBefore + (boundMegabytes << 20),
            $"Server RSS {result.RssAfter >> 20} MB after the load, {result.RssBefore >> 20} MB before (bound +{boundMegabytes} MB).");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
