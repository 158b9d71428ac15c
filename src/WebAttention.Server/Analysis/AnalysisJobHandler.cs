using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebAttention.Core.Clips;
using WebAttention.Core.Hubs;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Media.Analysis;
using WebAttention.Media.Probing;
using WebAttention.Media.Proxy;
using WebAttention.Inference.Fusion;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Fusion;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Storage;
using WebAttention.Server.Clips;
using WebAttention.Server.Hubs;
using WebAttention.Server.Jobs;
using WebAttention.Server.Options;
using WebAttention.Server.Storage;
using WebAttention.Server.Telemetry;

namespace WebAttention.Server.Analysis;

/// <summary>
/// The analysis job: browser proxy + thumbnail, then the attention pipeline into the chunked map
/// store, with the face, motion (when registered) and static-overlay channels fused by the fitted video model
/// (<see cref="VideoAttention"/>, a per-job <see cref="FusedSaliencyPredictor"/>); the clip's face track and its shots
/// (<see cref="ShotListFile"/>) are written beside the maps. The source is probed once and the result passed along.
/// Idempotent: a rerun after a crash rewrites every output from the source.
/// </summary>
public sealed class AnalysisJobHandler(
    AppDbContext db,
    MediaPaths paths,
    IVideoProbe probe,
    IProxyTranscoder proxy,
    ClipAnalyzer analyzer,
    PredictorHost predictors,
    FaceDetectorHost faceDetectors,
    IServiceProvider services,
    IOptions<AnalysisOptions> options,
    IOptions<JobOptions> jobOptions,
    IHubContext<ClipsHub, IClipClient> hub,
    IMediaStore media,
    AppMetrics metrics) : IJobHandler
{
    public string Kind => JobKinds.Analyse;

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clip = await db.Clips.FirstOrDefaultAsync(c => c.Id == context.ClipId, cancellationToken);
        if (clip is null)
        {
            return; // Deleted while queued.
        }
        await SetStatusAsync(clip, ClipStatus.Analysing, null, cancellationToken);

        var source = paths.Source(clip.Id);
        // Probed once here; every step below (proxy, thumbnail, decode) is handed this result instead of probing again.
        var info = await probe.GetVideoInfoAsync(source, cancellationToken);
        await context.StageAsync("proxy", async () =>
        {
            var fraction = new Progress<double>(f => _ = context.ReportAsync("proxy", (long)(f * clip.FrameCount), clip.FrameCount, 0));
            await proxy.TranscodeAsync(source, info, paths.Proxy(clip.Id), fraction, cancellationToken);
            await proxy.CreateThumbnailAsync(source, info, paths.Thumbnail(clip.Id), cancellationToken);
            return true;
        });
        await AnalysisHold.WhileHeldAsync(jobOptions.Value.AnalysisHoldFile, cancellationToken);

        // The lease keeps this job's model alive even if an admin switches the default meanwhile.
        using var lease = await predictors.AcquireAsync(cancellationToken);
        // A clip: the video model (faces, motion, static overlay, its own smoothing), as the CLI runs it.
        var predictor = VideoAttention.Predictor(lease.Predictor, faceDetectors.Get(cancellationToken), services.GetService<IMotionEstimator>());
        var folder = paths.SaliencyFolder(clip.Id);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        File.Delete(paths.Faces(clip.Id));
        var clock = Stopwatch.StartNew();
        await using var store = new ChunkedSaliencyStore(folder, new SaliencyStoreHeader(clip.FrameRate, predictor.ModelName, predictor.Device));
        var progress = new SynchronousProgress<PipelineProgress>(p => AnalysisProgress.IsJobProgress(p)
            ? context.ReportAsync(AnalysisProgress.Stage, p.FramesDone, p.FramesTotal, p.FramesPerSecond, predictor.Device)
            : Task.CompletedTask);
        var result = await analyzer.AnalyzeAsync(source, info, predictor, store, VideoAttention.OptionsFor(options.Value, clip.FrameRate), progress, cancellationToken);
        foreach (var stage in result.Stages)
        {
            context.RecordTiming(stage.Stage, stage.Seconds);
        }
        context.RecordTiming("analyse", clock.Elapsed.TotalSeconds);
        await context.ReportAsync(AnalysisProgress.Stage, result.Frames, result.Frames, result.Frames / Math.Max(1e-6, clock.Elapsed.TotalSeconds), predictor.Device);
        metrics.FramesProcessed(result.Frames, predictor.Device);
        await FaceTrackFile.WriteAsync(paths.Faces(clip.Id), predictor.FaceTrack(), cancellationToken);
        // The cuts the pipeline found on every frame: reframing reads them (ReframeShots) instead of decoding again.
        await ShotListFile.WriteAsync(folder, ShotList.From(result.ShotCuts, result.Frames), cancellationToken);

        clip.FrameCount = result.Frames;
        // Scale-out: outputs are in the shared store before anyone is told the clip is ready (no-op locally).
        await media.PushClipAsync(clip.Id, cancellationToken);
        await SetStatusAsync(clip, ClipStatus.Ready, null, cancellationToken);
    }

    private async Task SetStatusAsync(Clip clip, ClipStatus status, string? error, CancellationToken cancellationToken)
    {
        clip.Status = status;
        clip.Error = ErrorText.Fit(error, Clip.MaxErrorLength);
        await db.SaveChangesAsync(cancellationToken);
        await hub.Clients.User(clip.OwnerId).ClipChanged(clip.ToSummary());
        await hub.Clients.Group(ClipsHub.ClipGroup(clip.Id)).ClipChanged(clip.ToSummary());
    }
}

/// <summary>Marks a clip failed, with the reason, when its analysis gives up (other job kinds leave the clip alone).</summary>
public sealed class ClipFailureHook(AppDbContext db, IHubContext<ClipsHub, IClipClient> hub) : IJobFailureHook
{
    public async Task OnFailedAsync(Job job, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.Kind != JobKinds.Analyse)
        {
            return; // A failed reframe or export leaves the clip as it is; the job row carries the reason.
        }
        var clip = await db.Clips.FirstOrDefaultAsync(c => c.Id == job.ClipId, cancellationToken);
        if (clip is null)
        {
            return;
        }
        clip.Status = ClipStatus.Failed;
        clip.Error = ErrorText.Fit(error, Clip.MaxErrorLength);
        await db.SaveChangesAsync(cancellationToken);
        await hub.Clients.User(clip.OwnerId).ClipChanged(clip.ToSummary());
    }
}

/// <summary>IProgress that runs the callback inline (Progress&lt;T&gt; posts to the thread pool and can reorder reports).</summary>
internal sealed class SynchronousProgress<T>(Func<T, Task> report) : IProgress<T>
{
    public void Report(T value) =>
        report(value).ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
