using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Hubs;
using WebAttention.Core.Jobs;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Server.Hubs;

namespace WebAttention.Server.Jobs;

/// <summary>Writes job progress to the table (so dashboards and restarts see it) and pushes it to the clip's watchers.</summary>
public sealed class JobReporter(IServiceScopeFactory scopes, IHubContext<ClipsHub, IClipClient> hub)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
    private int _busy;

    public async Task ReportAsync(Job job, string stage, long done, long total, double fps, string? device, bool force)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!force && ((_sinceLast.Elapsed < Interval && done < total) || Volatile.Read(ref _busy) == 1))
        {
            return;
        }
        // Reports of one stage may arrive out of order (progress callbacks run on the thread pool): never step back.
        if (!force && JobProgress.GoesBackwards(job.Stage, job.FramesDone, stage, done))
        {
            return;
        }
        Interlocked.Exchange(ref _busy, 1);
        try
        {
            await WriteAsync(job, stage, done, total, fps, device);
        }
        finally
        {
            Interlocked.Exchange(ref _busy, 0);
        }
    }

    private async Task WriteAsync(Job job, string stage, long done, long total, double fps, string? device)
    {
        _sinceLast.Restart();
        job.Stage = stage;
        job.FramesDone = done;
        job.FramesTotal = total;
        job.FramesPerSecond = Math.Round(fps, 2);
        job.Device = device ?? job.Device;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Jobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Stage, job.Stage)
                .SetProperty(j => j.FramesDone, done)
                .SetProperty(j => j.FramesTotal, total)
                .SetProperty(j => j.FramesPerSecond, job.FramesPerSecond)
                .SetProperty(j => j.Device, job.Device));
        }
        await PushAsync(job);
    }

    /// <summary>Sends the job's current state to watchers of its clip.</summary>
    public Task PushAsync(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var progress = new JobProgress(job.Id, job.ClipId, job.State, job.Stage ?? "queued", job.FramesDone, job.FramesTotal, job.FramesPerSecond, job.Device, job.Error, job.Kind);
        return hub.Clients.Groups(ClipsHub.ClipGroup(job.ClipId), ClipsHub.AdminGroup).JobProgressed(progress);
    }
}
