using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Uploads;

/// <summary>The three ways an upload is cut.</summary>
public enum UploadCut
{
    /// <summary>The hub connection is reset in the middle of a chunk (a <see cref="CutProxy"/> drops it).</summary>
    ConnectionDropped,

    /// <summary>The page goes away after some bytes; a new connection finds the upload in the list and resumes it.</summary>
    PageReloaded,

    /// <summary>The server is SIGKILLed while the upload's bytes are in flight, and started again on the same data.</summary>
    ServerRestarted,
}

/// <summary>
/// Issue 15 item 1: uploads of generated and real clips cut at seeded random offsets, resumed over real loopback
/// sockets; each must end as a clip whose stored source has the file's SHA-256, with no part file left behind.
/// </summary>
public sealed class CutUploadTests(ITestOutputHelper output)
{
    public const string CountVariable = "WEBATTENTION_RELIABILITY_CUTS";

    // Uploads in flight when the server is killed: one kill (≈ one server start) serves this many cuts.
    private const int RestartBatch = 11;

    [Fact]
    public async Task Uploads_cut_at_random_offsets_resume_and_arrive_whole()
    {
        var count = RunKnobs.Count(CountVariable, 100);
        var seed = RunKnobs.Seed();
        var random = new Random(seed);
        var (sources, skipped) = await CutUploadSources.LoadAsync();
        var runs = Enumerable.Range(0, count)
            .Select(i =>
            {
                var source = sources[random.Next(sources.Count)];
                return new CutRun(i, (UploadCut)(i % 3), source, random.NextInt64(1, source.Bytes.Length));
            })
            .ToList();
        output.WriteLine($"{count} cut uploads ({CountVariable}), seed {seed} ({RunKnobs.SeedVariable}); sources: {string.Join(", ", sources.Select(s => $"{s.Name} {s.Bytes.Length:N0} B"))}" +
            (skipped.Count > 0 ? $"; real clips absent, skipped: {string.Join(", ", skipped)}" : ""));

        // Jobs stay queued: this test is about the bytes, and a hundred analyses would not fit its budget.
        await using var server = new ServerProcess("--Jobs:RunWorker=false", "--Uploads:MaxOpenUploadsPerUser=1000");
        await server.StartAsync();
        await using var user = await TestUser.RegisterAsync(server.BaseAddress);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        var clock = Stopwatch.StartNew();

        var seconds = new Dictionary<UploadCut, double>();
        foreach (var run in runs.Where(r => r.Cut != UploadCut.ServerRestarted))
        {
            var started = clock.Elapsed;
            run.Outcome = run.Cut == UploadCut.ConnectionDropped
                ? await DropAsync(user, server, run, timeout.Token)
                : await ReloadAsync(user, run, timeout.Token);
            seconds[run.Cut] = seconds.GetValueOrDefault(run.Cut) + (clock.Elapsed - started).TotalSeconds;
        }
        var restarts = 0;
        foreach (var batch in runs.Where(r => r.Cut == UploadCut.ServerRestarted).Chunk(RestartBatch))
        {
            var started = clock.Elapsed;
            await RestartDuringAsync(user, server, batch, timeout.Token);
            seconds[UploadCut.ServerRestarted] = seconds.GetValueOrDefault(UploadCut.ServerRestarted) + (clock.Elapsed - started).TotalSeconds;
            restarts++;
        }

        var table = new ReliabilityTable("cut-uploads", "cut kind", "attempted", "resumed", "sha-equal", "part files left", "mean resume offset", "seconds (all runs)");
        foreach (var kind in Enum.GetValues<UploadCut>())
        {
            var ofKind = runs.Where(r => r.Cut == kind).ToList();
            table.Add(
                kind,
                ofKind.Count,
                ofKind.Count(r => r.Outcome?.Result.Succeeded == true),
                ofKind.Count(r => Verify(server, r).ShaEqual),
                ofKind.Count(r => Verify(server, r).PartLeft),
                ofKind.Count == 0 ? "-" : $"{ofKind.Average(r => (double)(r.Outcome?.ResumedAt ?? 0) / r.Source.Bytes.Length):P0}",
                Math.Round(seconds.GetValueOrDefault(kind), 1));
        }
        table.Publish(output);
        var leftovers = Directory.EnumerateFiles(Path.Combine(server.DataRoot, "uploads"), "*.part").ToList();
        output.WriteLine($"{restarts} server kills; {leftovers.Count} part files in the uploads folder; {clock.Elapsed.TotalSeconds:0} s; " +
            $"command: {CountVariable}={count} {RunKnobs.SeedVariable}={seed} dotnet test tests/WebAttention.Reliability.Tests -c Release --filter FullyQualifiedName~CutUploadTests");

        var failures = runs.Where(r => r.Outcome?.Result.Succeeded != true || !Verify(server, r).ShaEqual || Verify(server, r).PartLeft)
            .Select(r => $"#{r.Index} {r.Cut} {r.Source.Name} cut at {r.CutAt}: {r.Outcome?.Result.Error ?? "(sha or part file)"}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Empty(leftovers);
        var open = await (await user.ConnectAsync()).InvokeAsync<Core.Uploads.UploadSummary[]>(Core.Hubs.ClipHubContract.ListUploads, timeout.Token);
        Assert.Empty(open);
    }

    // The connection is reset after `CutAt` bytes of the upload's stream reached the server: mid-chunk, mid-frame.
    private static async Task<ResumeOutcome> DropAsync(TestUser user, ServerProcess server, CutRun run, CancellationToken cancellationToken)
    {
        await using var proxy = new CutProxy(server.BaseAddress);
        var hub = await user.ConnectViaAsync(proxy.BaseAddress);
        var session = await TestUploader.BeginAsync(hub, run.Name, run.Source.Bytes.Length);
        run.UploadId = session.UploadId;
        proxy.Arm(run.CutAt, CutMode.Drop);
        await UploadResumption.SendUntilCutAsync(hub, run.UploadId, run.Source.Bytes);
        await proxy.Cut.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        await hub.DisposeAsync();
        return await UploadResumption.FinishAsync(await user.ConnectAsync(), session.UploadId, run.Source.Bytes, cancellationToken);
    }

    // The page sent `CutAt` bytes and went away; the reloaded page finds the upload in the list and resumes it.
    private static async Task<ResumeOutcome> ReloadAsync(TestUser user, CutRun run, CancellationToken cancellationToken)
    {
        var page = await user.ConnectAsync();
        var session = await TestUploader.BeginAsync(page, run.Name, run.Source.Bytes.Length);
        run.UploadId = session.UploadId;
        await TestUploader.SendAsync(page, session.UploadId, run.Source.Bytes, 0, run.CutAt);
        await page.DisposeAsync();

        var reloaded = await user.ConnectAsync();
        var found = await UploadResumption.FindAfterReloadAsync(reloaded, run.Name, run.Source.Bytes, cancellationToken);
        return await UploadResumption.FinishAsync(reloaded, found, run.Source.Bytes, cancellationToken);
    }

    // Every upload of the batch stalls after its `CutAt` bytes (held mid-chunk by its proxy); then the server is killed,
    // started again on the same data, and each upload resumes from what the restarted server reports.
    private async Task RestartDuringAsync(TestUser user, ServerProcess server, CutRun[] batch, CancellationToken cancellationToken)
    {
        var proxies = batch.Select(_ => new CutProxy(server.BaseAddress)).ToArray();
        try
        {
            var sending = new List<Task>();
            for (var i = 0; i < batch.Length; i++)
            {
                var hub = await user.ConnectViaAsync(proxies[i].BaseAddress);
                var session = await TestUploader.BeginAsync(hub, batch[i].Name, batch[i].Source.Bytes.Length);
                batch[i].UploadId = session.UploadId;
                proxies[i].Arm(batch[i].CutAt, CutMode.Stall);
                sending.Add(UploadResumption.SendUntilCutAsync(hub, batch[i].UploadId, batch[i].Source.Bytes));
            }
            await Task.WhenAll(proxies.Select(p => p.Cut)).WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            server.Kill();
            await Task.WhenAll(sending).WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        }
        finally
        {
            foreach (var proxy in proxies)
            {
                await proxy.DisposeAsync();
            }
        }
        await server.StartAsync(cancellationToken);
        output.WriteLine($"server killed with {batch.Length} uploads held mid-stream, restarted");
        await user.SignInAgainAsync();
        var hubAfter = await user.ConnectAsync();
        foreach (var run in batch)
        {
            run.Outcome = await UploadResumption.FinishAsync(hubAfter, run.UploadId, run.Source.Bytes, cancellationToken);
        }
    }

    private static (bool ShaEqual, bool PartLeft) Verify(ServerProcess server, CutRun run)
    {
        var partLeft = File.Exists(Path.Combine(server.DataRoot, "uploads", $"{run.UploadId:N}.part"));
        if (run.Outcome?.Result.ClipId is not { } clipId)
        {
            return (false, partLeft);
        }
        var stored = Path.Combine(server.DataRoot, "clips", clipId.ToString("N"), "source");
        var equal = File.Exists(stored) && SHA256.HashData(File.ReadAllBytes(stored)).AsSpan().SequenceEqual(SHA256.HashData(run.Source.Bytes));
        return (equal, partLeft);
    }

    private sealed class CutRun(int index, UploadCut cut, UploadSource source, long cutAt)
    {
        public int Index { get; } = index;
        public UploadCut Cut { get; } = cut;
        public UploadSource Source { get; } = source;
        /// <summary>Bytes of the upload's stream (drop, restart) or of the file (reload) sent before the cut.</summary>
        public long CutAt { get; } = cutAt;
        public string Name => $"cut-{Index:000}.mp4";
        public Guid UploadId { get; set; }
        public ResumeOutcome? Outcome { get; set; }
    }
}
