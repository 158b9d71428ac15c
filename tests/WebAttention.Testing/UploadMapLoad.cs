using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using WebAttention.Core;
using WebAttention.Core.Saliency;

namespace WebAttention.Testing;

/// <summary>What a load run does: concurrent uploads (one user each) while readers fetch one clip's map chunks.</summary>
/// <param name="Uploads">Concurrent uploads.</param>
/// <param name="UploadBytes">Size of each upload: a real generated clip padded with an MP4 <c>free</c> box.</param>
/// <param name="Readers">Clients reading map chunks (and the index) in a loop until every upload has finished.</param>
public sealed record UploadMapLoadOptions(int Uploads, long UploadBytes, int Readers);

/// <summary>The figures of a load run; RSS values are VmRSS of the server from /proc/PID/status, in bytes.</summary>
public sealed record UploadMapLoadResult(
    IReadOnlyList<double> UploadMegabytesPerSecond,
    IReadOnlyList<double> ChunkMilliseconds,
    long RssBefore,
    long RssPeak,
    long RssAfter,
    IReadOnlyList<string> Errors)
{
    /// <summary>The <paramref name="p"/>-th percentile (0–100) of <paramref name="values"/>, nearest rank; NaN when empty.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

/// <summary>
/// Issue 15 item 7: uploads and map readers at once against a real server process over loopback. Shared by the LoadBench
/// mode (figures) and the reliability test (behaviour: no errors, memory back within a bound).
/// </summary>
public static class UploadMapLoad
{
    /// <summary>Runs the load on <paramref name="server"/> (started) and returns its figures.</summary>
    public static async Task<UploadMapLoadResult> RunAsync(ServerProcess server, UploadMapLoadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        void Error(string what)
        {
            lock (errors)
            {
                errors.Add(what);
            }
        }

        // A clip with maps to read: a real upload, analysed by the server.
        var clip = await File.ReadAllBytesAsync(await GeneratedClips.MovingDiscAsync(), cancellationToken);
        await using var owner = await TestUser.RegisterAsync(server.BaseAddress);
        var ready = await ClipWaiter.UploadUntilReadyAsync(owner, "maps.mp4", clip);
        var index = (await owner.Http.GetFromJsonAsync<SaliencyIndex>(ApiRoutes.SaliencyIndex(ready.Id), cancellationToken))!;

        var uploaders = new List<TestUser>();
        var files = new List<byte[]>();
        for (var i = 0; i < options.Uploads; i++)
        {
            uploaders.Add(await TestUser.RegisterAsync(server.BaseAddress));
            files.Add(PaddedClip(clip, options.UploadBytes, seed: i));
        }

        var rssBefore = Rss(server.ProcessId);
        var peak = rssBefore;
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, Rss(server.ProcessId));
                await Task.Delay(50, CancellationToken.None);
            }
        }, CancellationToken.None);

        var latencies = new List<double>();
        var readers = Enumerable.Range(0, options.Readers).Select(r => Task.Run(() => ReadLoopAsync(owner, ready.Id, index, r, latencies, Error, done.Token), CancellationToken.None)).ToList();
        var throughputs = await Task.WhenAll(uploaders.Select((user, i) => UploadAsync(user, files[i], i, Error)));
        await done.CancelAsync();
        await Task.WhenAll(readers);
        await sampler;

        foreach (var user in uploaders)
        {
            await user.DisposeAsync();
        }

        files.Clear();
        var rssAfter = await SettledRssAsync(server.ProcessId, cancellationToken);
        return new UploadMapLoadResult([.. throughputs.OfType<double>()], latencies, rssBefore, Math.Max(peak, rssAfter), rssAfter, errors);
    }

    /// <summary>VmRSS of <paramref name="pid"/> in bytes, from /proc/PID/status.</summary>
    public static long Rss(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kb = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, NumberStyles.None, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"No VmRSS in /proc/{pid}/status.");
    }

    /// <summary>
    /// <paramref name="clip"/> (an MP4) followed by a top-level <c>free</c> box of random bytes up to <paramref name="length"/>:
    /// still a valid MP4 (players and ffprobe skip free boxes), any size, different for each seed.
    /// </summary>
    public static byte[] PaddedClip(byte[] clip, long length, int seed)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var pad = length - clip.Length;
        if (pad < 8 || pad > uint.MaxValue)
        {
            return [.. clip];
        }

        var file = new byte[length];
        clip.CopyTo(file, 0);
        var box = file.AsSpan(clip.Length);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(box, (uint)pad);
        "free"u8.CopyTo(box[4..]);
        new Random(seed).NextBytes(box[8..]);
        return file;
    }

    private static async Task<double?> UploadAsync(TestUser user, byte[] file, int number, Action<string> error)
    {
        try
        {
            var hub = await user.ConnectAsync();
            var clock = Stopwatch.StartNew();
            var result = await TestUploader.UploadAsync(hub, $"load-{number}.mp4", file);
            var seconds = clock.Elapsed.TotalSeconds;
            if (result.ClipId is null)
            {
                error($"upload {number}: refused: {result.Error}");
                return null;
            }

            return file.Length / 1048576.0 / seconds;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            error($"upload {number}: {ex.GetType().Name}: {ex.Message}");
            return null;
        }
    }

    private static async Task ReadLoopAsync(
        TestUser owner, Guid clipId, SaliencyIndex index, int reader, List<double> latencies, Action<string> error, CancellationToken stop)
    {
        // Each reader is its own client (own connection pool), signed in as the clip's owner.
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = owner.Cookies }) { BaseAddress = owner.BaseAddress };
        var i = reader;
        while (!stop.IsCancellationRequested)
        {
            var chunk = index.Chunks[i++ % index.Chunks.Count];
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await http.GetAsync(ApiRoutes.SaliencyChunk(clipId, chunk.Number), CancellationToken.None);
                var bytes = await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                var ms = clock.Elapsed.TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK || bytes.Length != (long)chunk.FrameCount * index.FrameBytes)
                {
                    error($"reader {reader}: chunk {chunk.Number}: {(int)response.StatusCode}, {bytes.Length} bytes (expected {(long)chunk.FrameCount * index.FrameBytes})");
                    continue;
                }

                lock (latencies)
                {
                    latencies.Add(ms);
                }
            }
            catch (HttpRequestException ex)
            {
                error($"reader {reader}: {ex.Message}");
            }
        }
    }

    // Memory after: the lowest VmRSS over a few seconds once the load has stopped (the GC returns memory lazily).
    private static async Task<long> SettledRssAsync(int pid, CancellationToken cancellationToken)
    {
        var lowest = long.MaxValue;
        for (var i = 0; i < 20; i++)
        {
            lowest = Math.Min(lowest, Rss(pid));
            await Task.Delay(250, cancellationToken);
        }

        return lowest;
    }
}
