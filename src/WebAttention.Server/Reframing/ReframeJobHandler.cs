using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Data;
using WebAttention.Inference.Fusion;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Storage;
using WebAttention.Reframing;
using WebAttention.Reframing.Focus;
using WebAttention.Reframing.Model;
using WebAttention.Server.Analysis;
using WebAttention.Server.Jobs;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Reframing;

/// <summary>
/// The reframe job (one aspect): focus track from the stored maps and the face track, shots as the analysis stored them, the
/// L1-optimal path, saved as a new revision. The user's keyframes of the latest revision are kept as
/// constraints, so re-running never wipes manual edits. Idempotent: a rerun after the save does nothing.
/// </summary>
public sealed class ReframeJobHandler(
    AppDbContext db,
    MediaPaths paths,
    CropPathStore store,
    ReframeShots shotFinder,
    Reframer reframer,
    CropPathNotifier notifier) : IJobHandler
{
    /// <inheritdoc />
    public string Kind => JobKinds.Reframe;

    /// <inheritdoc />
    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.Job;
        var clip = await db.Clips.AsNoTracking().FirstOrDefaultAsync(c => c.Id == context.ClipId, cancellationToken);
        if (clip is null || await db.CropPaths.AnyAsync(p => p.JobId == job.Id, cancellationToken))
        {
            return; // Deleted while queued, or this job already saved its revision before a crash.
        }
        var args = JobPayload.Read<ReframeJobArgs>(job);
        var aspect = AspectRatio.Parse(job.Aspect ?? throw new InvalidOperationException("A reframe job needs an aspect."));
        if (!ReframeInput.TryParsePreset(args.Preset, out var preset, out var error))
        {
            throw new InvalidOperationException(error);
        }
        var folder = paths.SaliencyFolder(clip.Id);
        if (!File.Exists(Path.Combine(folder, SaliencyStoreLayout.IndexFile)))
        {
            throw new InvalidOperationException("The clip has no saliency maps yet: analyse it first.");
        }
        var source = new FrameSize(clip.Width, clip.Height);
        var reader = await ChunkedSaliencyReader.OpenAsync(folder, cancellationToken);
        // Faces found by the analysis are required regions: the crop keeps them inside when they fit.
        var faces = await FaceTrackFile.ReadFacesAsync(paths.Faces(clip.Id), cancellationToken);
        var focus = await context.StageAsync("focus", () => FocusTracker.FromStoreAsync(reader, faces, source, VideoAttention.FocusFor(aspect, source), cancellationToken));
        var total = focus.Count;
        var clock = Stopwatch.StartNew();
        var decoded = new SynchronousProgress<long>(n => context.ReportAsync("shots", n, total, n / Math.Max(1e-6, clock.Elapsed.TotalSeconds), "CPU"));
        var shots = await context.StageAsync("shots", () =>
            shotFinder.ForClipAsync(clip.Id, source, total, decoded, cancellationToken));

        var latest = await store.LatestAsync(clip.Id, aspect, cancellationToken);
        var keep = latest is null ? [] : (await store.LoadAsync(latest, cancellationToken)).Keyframes;
        var request = new ReframeRequest(aspect) { Preset = preset, Keyframes = keep };
        var path = await context.StageAsync("solve", () => Task.FromResult(
            reframer.Reframe(focus, shots, source, clip.FrameRate, request, cancellationToken)));

        var record = await store.TrySaveAsync(clip.Id, path, (latest?.Revision ?? 0) + 1, args.UserId, job.Id, cancellationToken)
            ?? throw new InvalidOperationException($"The {aspect} path was edited while it was being solved; the job will run again on the new revision.");
        await context.ReportAsync("solve", total, total, total / Math.Max(1e-6, clock.Elapsed.TotalSeconds), "CPU");
        await notifier.ChangedAsync(clip.Id, clip.OwnerId, record.Aspect, record.Revision);
    }
}
