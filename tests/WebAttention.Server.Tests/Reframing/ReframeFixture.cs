using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;
using WebAttention.Core.Reframing;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Reframing;

/// <summary>
/// One server, one owner and one analysed 320x180 moving-disc clip (50 frames) with 9:16 and 1:1 paths
/// solved by the reframe job, shared by the reframing tests of a class.
/// </summary>
public sealed class ReframeFixture : IAsyncLifetime
{
    public static readonly string[] Aspects = ["9:16", "1:1"];

    public AppFactory Factory { get; } = new(new Dictionary<string, string?> { ["Inference:ModelsRoot"] = ServerFixture.ModelsFolder });

    public TestUser Owner { get; private set; } = null!;

    public ClipSummary Clip { get; private set; } = null!;

    /// <summary>Wall time and stage timings of the reframe jobs, for the test log.</summary>
    public string ReframeTimings { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var bytes = await File.ReadAllBytesAsync(await GeneratedClips.MovingDiscAsync());
        Owner = await TestUser.RegisterAsync(Factory.BaseAddress);
        var upload = await TestUploader.UploadAsync(await Owner.ConnectAsync(), "Disc shot: take #1.mp4", bytes);
        Clip = await ClipWaiter.WaitUntilSettledAsync(Owner.Http, upload.ClipId!.Value, TimeSpan.FromMinutes(3));
        if (Clip.Status != ClipStatus.Ready)
        {
            throw new InvalidOperationException($"The clip did not analyse: {Clip.Error}");
        }

        var clock = Stopwatch.StartNew();
        using var response = await Owner.Http.PostAsJsonAsync(ApiRoutes.CropPaths(Clip.Id), new ReframeRequestDto(Aspects));
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"POST croppaths answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        var queued = (await response.Content.ReadFromJsonAsync<QueuedJob[]>())!;
        var jobs = await WaitForJobsAsync(queued.Select(q => q.JobId), TimeSpan.FromMinutes(3));
        ReframeTimings = $"reframe of 2 aspects: {clock.Elapsed.TotalSeconds:0.00} s from POST; " + Describe(jobs);
    }

    /// <summary>Waits until the jobs finished; throws with their errors when one did not succeed.</summary>
    public async Task<IReadOnlyList<Job>> WaitForJobsAsync(IEnumerable<Guid> ids, TimeSpan timeout)
    {
        var wanted = ids.ToList();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var jobs = await db.Jobs.AsNoTracking().Where(j => wanted.Contains(j.Id)).ToListAsync();
            if (jobs.Count == wanted.Count && jobs.All(j => j.State is JobState.Succeeded or JobState.Failed or JobState.Cancelled))
            {
                if (jobs.FirstOrDefault(j => j.State != JobState.Succeeded) is { } bad)
                {
                    throw new InvalidOperationException($"Job {bad.Kind} {bad.Aspect} ended {bad.State}: {bad.Error}");
                }
                return jobs;
            }
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Jobs still running after {timeout.TotalSeconds:0} s: " + string.Join(", ", jobs.Select(j => $"{j.Kind} {j.Aspect} {j.State} {j.Stage} {j.Error}")));
            }
            await Task.Delay(200);
        }
    }

    /// <summary>"kind aspect: run seconds {stage timings}" of each job.</summary>
    public static string Describe(IEnumerable<Job> jobs) => string.Join("; ", jobs.Select(j =>
        $"{j.Kind} {j.Aspect}: {(j.FinishedAt - j.StartedAt)?.TotalSeconds:0.00} s {j.StageTimings}"));

    public async Task DisposeAsync()
    {
        await Owner.DisposeAsync();
        await Factory.DisposeAsync();
    }
}
