using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;
using WebAttention.Core.Reframing;
using WebAttention.Server.Jobs;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Crashes;

/// <summary>
/// One killed-process run: jobs of every kind are queued through <c>api</c> as a user would, and <c>victim</c> (the embedded
/// server itself, or a worker host beside a web node) is SIGKILLed at a seeded random moment while the aimed job runs,
/// then started again on the same data. Afterwards every job must finish, no clip or job may be stuck, lost or
/// duplicated, and the outputs must be whole: a readable map for every frame of the source, one crop path revision per
/// reframe job, exports that decode to the end with every frame and no staging file left.
/// </summary>
public sealed class JobKillRun(ITestOutputHelper output, ServerProcess api, ServerProcess victim, string victimName, Random random)
{
    private const string Aspect = "9:16";
    private static readonly string[] Kinds = [JobKinds.Analyse, JobKinds.Reframe, JobKinds.Export];

    // The longest random wait after the aimed job is seen running, per kind (≈ its run time on the small clip here).
    private static readonly Dictionary<string, int> MaxDelayMs = new()
    {
        [JobKinds.Analyse] = 4000,
        [JobKinds.Reframe] = 1000,
        [JobKinds.Export] = 1500,
    };

    /// <summary>Prepares one analysed, reframed clip, kills <paramref name="kills"/> times, waits for the jobs, prints the table and asserts.</summary>
    public async Task RunAsync(int kills, string tableName, string command, CancellationToken token)
    {
        var clipFile = await GeneratedClips.MovingDiscAsync();
        var clipBytes = await File.ReadAllBytesAsync(clipFile, token);
        var sourceFrames = await MediaWholeness.CountFramesAsync(clipFile);
        output.WriteLine($"{kills} kills of the {victimName}; clip {Path.GetFileName(clipFile)}: {sourceFrames} frames");
        await using var user = await TestUser.RegisterAsync(api.BaseAddress);
        var clock = Stopwatch.StartNew();
        var uploaded = new List<Guid>();
        var requested = Kinds.ToDictionary(k => k, _ => 0);
        var hits = Kinds.ToDictionary(k => k, _ => new HashSet<Guid>());
        var interruptions = new Dictionary<Guid, int>();
        var killsOf = Kinds.ToDictionary(k => k, _ => 0);
        var missed = 0;
        var hub = await user.ConnectAsync();
        // One clip analysed and reframed before the first kill, so a reframe or an export can start at once in any round
        // instead of waiting for the killed analysis before it.
        foreach (var kind in Kinds.Take(2))
        {
            var first = await QueueAsync(kind, user, hub, clipBytes, uploaded, token);
            requested[kind]++;
            await WaitUntilEndedAsync(first, token);
        }
        output.WriteLine($"prepared one analysed and reframed clip ({clock.Elapsed.TotalSeconds:0} s)");
        for (var round = 0; round < kills; round++)
        {
            var kind = Kinds[round % Kinds.Length];
            var job = await QueueAsync(kind, user, hub, clipBytes, uploaded, token);
            requested[kind]++;
            var running = await WaitUntilRunningAsync(job, token);
            if (running)
            {
                await Task.Delay(random.Next(MaxDelayMs[kind]), token);
            }
            victim.Kill();

            // A row still Running after the kill is a job the kill interrupted.
            var after = await AppDatabaseSnapshot.ReadAsync(api.DataRoot, token);
            var interrupted = after.Jobs.Where(j => j.State == JobState.Running).ToList();
            foreach (var hit in interrupted)
            {
                hits[hit.Kind].Add(hit.Id);
                interruptions[hit.Id] = interruptions.GetValueOrDefault(hit.Id) + 1;
            }
            if (interrupted.Any(j => j.Id == job))
            {
                killsOf[kind]++;
            }
            else
            {
                missed++;
            }
            output.WriteLine($"kill {round + 1}: aimed at {kind}, interrupted {string.Join(", ", interrupted.Select(j => j.Kind))} ({clock.Elapsed.TotalSeconds:0} s)");
            await victim.StartAsync(token);
            if (victim == api)
            {
                await user.SignInAgainAsync();
                hub = await user.ConnectAsync();
            }
        }

        var settled = await WaitUntilSettledAsync(token);
        var table = new ReliabilityTable(tableName, "job kind", "kills (aimed, landed mid-job)", "jobs interrupted", "completed after restart", "stuck", "duplicated", "lost", "extra attempts", "whole outputs");
        var wholeFailures = new List<string>();
        foreach (var kind in Kinds)
        {
            var rows = settled.Jobs.Where(j => j.Kind == kind).ToList();
            var whole = 0;
            foreach (var row in rows)
            {
                var problem = await OutputProblemAsync(settled, row, sourceFrames, token);
                if (problem is null)
                {
                    whole++;
                }
                else
                {
                    wholeFailures.Add($"{kind} {row.Id} of clip {row.ClipId}: {problem}");
                }
            }
            table.Add(
                kind,
                killsOf[kind],
                hits[kind].Count,
                rows.Count(r => hits[kind].Contains(r.Id) && r.State == JobState.Succeeded),
                rows.Count(r => r.State is JobState.Queued or JobState.Running),
                Math.Max(0, rows.Count - requested[kind]),
                Math.Max(0, requested[kind] - rows.Count),
                rows.Sum(r => ExtraAttempts(r, interruptions)),
                $"{whole}/{rows.Count}");
        }
        table.Publish(output);
        var clipsStuck = settled.Clips.Where(c => c.Value != ClipStatus.Ready).ToList();
        output.WriteLine($"{kills} kills, {missed} landed after the aimed job had ended; clips uploaded {uploaded.Count}, in the database {settled.Clips.Count}, not Ready {clipsStuck.Count}; {clock.Elapsed.TotalSeconds:0} s; " +
            $"command: {command}");

        Assert.Equal(uploaded.Order(), settled.Clips.Keys.Order());
        Assert.Empty(clipsStuck);
        foreach (var kind in Kinds)
        {
            var rows = settled.Jobs.Where(j => j.Kind == kind).ToList();
            Assert.Equal(requested[kind], rows.Count);
            // An attempt beyond the first and one per kill that interrupted it ran the job twice at once, or retried a failure.
            Assert.All(rows, r => Assert.True(ExtraAttempts(r, interruptions) == 0, $"{kind} job {r.Id} made {r.Attempts} attempts for {interruptions.GetValueOrDefault(r.Id)} kills"));
            Assert.All(rows, r => Assert.True(r.State == JobState.Succeeded, $"{kind} job {r.Id} ended {r.State}\n{api.Log}\n{(victim == api ? "" : victim.Log)}"));
        }
        Assert.True(wholeFailures.Count == 0, string.Join('\n', wholeFailures));
        Assert.True(hits.Values.Sum(h => h.Count) > 0, "No kill landed during a job: the run proved nothing.");
    }

    private static int ExtraAttempts(JobRow row, Dictionary<Guid, int> interruptions) =>
        Math.Max(0, row.Attempts - 1 - interruptions.GetValueOrDefault(row.Id));

    // Queues one job of `kind` through the API as a user would and returns its row id.
    private async Task<Guid> QueueAsync(string kind, TestUser user, Microsoft.AspNetCore.SignalR.Client.HubConnection hub, byte[] clip, List<Guid> uploaded, CancellationToken cancellationToken)
    {
        if (kind == JobKinds.Analyse)
        {
            var upload = await TestUploader.UploadAsync(hub, $"kill-{uploaded.Count}.mp4", clip);
            var clipId = upload.ClipId ?? throw new InvalidOperationException(upload.Error);
            uploaded.Add(clipId);
            return (await AppDatabaseSnapshot.ReadAsync(api.DataRoot, cancellationToken)).Jobs.Single(j => j.ClipId == clipId && j.Kind == JobKinds.Analyse).Id;
        }
        // Reframe: a Ready clip; export: a clip with a crop path. The newest such clip, waiting for one if needed.
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            var db = await AppDatabaseSnapshot.ReadAsync(api.DataRoot, cancellationToken);
            var candidates = kind == JobKinds.Reframe
                ? uploaded.Where(id => db.Clips.GetValueOrDefault(id) == ClipStatus.Ready)
                : uploaded.Where(id => db.CropPaths.Any(p => p.ClipId == id));
            if (candidates.LastOrDefault() is var clipId && clipId != Guid.Empty)
            {
                using var response = kind == JobKinds.Reframe
                    ? await user.Http.PostAsJsonAsync(ApiRoutes.CropPaths(clipId), new ReframeRequestDto([Aspect]), cancellationToken)
                    : await user.Http.PostAsJsonAsync(ApiRoutes.Exports(clipId), new ExportRequest([Aspect], Height: 320), cancellationToken);
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                var queued = await response.Content.ReadFromJsonAsync<QueuedJob[]>(cancellationToken);
                return queued!.Single().JobId;
            }
            await Task.Delay(250, cancellationToken);
        }
        throw new TimeoutException($"No clip was ready for a {kind} job within 3 minutes.");
    }

    // True once the row is Running; false when it finished before it was seen running.
    private async Task<bool> WaitUntilRunningAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            var row = (await AppDatabaseSnapshot.ReadAsync(api.DataRoot, cancellationToken)).Jobs.FirstOrDefault(j => j.Id == jobId);
            if (row?.State == JobState.Running)
            {
                return true;
            }
            if (row?.State is JobState.Succeeded or JobState.Failed or JobState.Cancelled)
            {
                return false;
            }
            await Task.Delay(50, cancellationToken);
        }
        throw new TimeoutException($"Job {jobId} did not start within 3 minutes:\n{api.Log}");
    }

    private async Task WaitUntilEndedAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            var row = (await AppDatabaseSnapshot.ReadAsync(api.DataRoot, cancellationToken)).Jobs.FirstOrDefault(j => j.Id == jobId);
            if (row?.State is JobState.Succeeded or JobState.Failed or JobState.Cancelled)
            {
                return;
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException($"Job {jobId} did not end within 3 minutes:\n{api.Log}");
    }

    // Polls until no job row is Queued or Running (3 minutes at most) and returns the database then.
    private async Task<AppDatabaseSnapshot> WaitUntilSettledAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var db = await AppDatabaseSnapshot.ReadAsync(api.DataRoot, cancellationToken);
            if (!db.Jobs.Any(j => j.State is JobState.Queued or JobState.Running) || clock.Elapsed > TimeSpan.FromMinutes(3))
            {
                return db;
            }
            await Task.Delay(500, cancellationToken);
        }
    }

    // Null when the job's output is whole; else what is wrong with it.
    private async Task<string?> OutputProblemAsync(AppDatabaseSnapshot db, JobRow row, long sourceFrames, CancellationToken cancellationToken)
    {
        var clipFolder = Path.Combine(api.DataRoot, "clips", row.ClipId.ToString("N"));
        if (row.Kind == JobKinds.Analyse)
        {
            var maps = await MediaWholeness.ReadableMapsAsync(Path.Combine(clipFolder, "saliency"), cancellationToken);
            return maps == sourceFrames ? null : $"{maps} readable maps for {sourceFrames} frames";
        }
        if (row.Kind == JobKinds.Reframe)
        {
            var revisions = db.CropPaths.Count(p => p.JobId == row.Id);
            return revisions == 1 ? null : $"{revisions} crop path revisions";
        }
        var exportFolder = Path.Combine(clipFolder, "exports", ApiRoutes.AspectSlug(Aspect));
        var video = Path.Combine(exportFolder, "video.mp4");
        if (!File.Exists(video))
        {
            return "no video.mp4";
        }
        var frames = await MediaWholeness.CountFramesAsync(video);
        if (frames != sourceFrames)
        {
            return $"the export has {frames} frames, the source {sourceFrames}";
        }
        var leftovers = Directory.EnumerateFiles(exportFolder, "*.partial*").Select(Path.GetFileName).ToList();
        if (leftovers.Count > 0)
        {
            return $"staging files left: {string.Join(", ", leftovers)}";
        }
        return await MediaWholeness.DecodeErrorsAsync(video);
    }
}
