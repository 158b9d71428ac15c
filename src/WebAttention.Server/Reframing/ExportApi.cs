using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WebAttention.Core;
using WebAttention.Core.Jobs;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Server.Auth;
using WebAttention.Server.Clips;
using WebAttention.Server.Jobs;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Reframing;

/// <summary>Exports of a clip (<see cref="ApiRoutes.Exports"/>, <see cref="ApiRoutes.ExportFile"/>); owner or admin only.</summary>
public static class ExportApi
{
    /// <summary>Maps the export endpoints on a clip group (<c>/api/clips/{id}</c>).</summary>
    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
        clip.MapPost("/exports", QueueAsync);
        clip.MapGet("/exports", ListAsync);
        clip.MapGet("/exports/{aspect}/{kind}", FileAsync);
        return clip;
    }

    private static async Task<Results<Accepted<QueuedJob[]>, NotFound, ProblemHttpResult>> QueueAsync(
        Guid id, ExportRequest? request, ClaimsPrincipal user, ClipAccess access, CropPathStore store, AppDbContext db, JobScheduler queue, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(user, id, cancellationToken) is not { } clip)
        {
            return TypedResults.NotFound();
        }
        if (!ReframeInput.TryParseAspects(request?.Aspects, out var aspects, out var error)
            || !ReframeInput.TryParsePadding(request!.Padding, out var padding, out error))
        {
            return ReframeApi.BadRequest(error);
        }
        if (!TryExportHeights(request.Height, aspects, new FrameSize(clip.Width, clip.Height), out var heights, out error))
        {
            return ReframeApi.BadRequest(error);
        }
        var jobs = new List<QueuedJob>();
        foreach (var aspect in aspects)
        {
            var latest = await store.LatestAsync(id, aspect, cancellationToken);
            if (latest is null)
            {
                return TypedResults.Problem($"The clip has no {aspect} crop path yet: reframe it first.", statusCode: StatusCodes.Status409Conflict);
            }
            var job = queue.Add(db, JobKinds.Export, id, JobKinds.ExportQueue);
            job.Aspect = latest.Aspect;
            job.Payload = JobPayload.Write(new ExportJobArgs(latest.Revision, heights[aspect], ReframeInput.Name(padding), user.RequireUserId()));
            jobs.Add(new QueuedJob(job.Id, latest.Aspect));
            Review.ReviewAudit.Add(db, id, user, Review.AuditKinds.ExportQueued, $"{latest.Aspect} r{latest.Revision} at {heights[aspect]} px high");
        }
        await db.SaveChangesAsync(cancellationToken);
        await queue.DispatchAsync(db, cancellationToken);
        return TypedResults.Accepted(ApiRoutes.Exports(id), jobs.ToArray());
    }

    // The height of each aspect's export: the one asked for, or the default of <see cref="ExportSize"/> for the source.
    private static bool TryExportHeights(int? asked, IReadOnlyList<AspectRatio> aspects, FrameSize source, out Dictionary<AspectRatio, int> heights, out string error)
    {
        heights = [];
        error = "";
        if (asked is { } h && h % 2 != 0)
        {
            error = $"The export height must be even (was {h}).";
            return false;
        }
        if (asked is null && (source.Width <= 0 || source.Height <= 0))
        {
            error = "The clip's frame size is unknown; ask for an export height.";
            return false;
        }
        foreach (var aspect in aspects)
        {
            var size = asked is { } fixedHeight
                ? ExportSize.AtHeight(fixedHeight, aspect.Width, aspect.Height)
                : ExportSize.Default(source, aspect.Width, aspect.Height).Size;
            if (ExportSize.Problem(size) is { } problem)
            {
                error = $"{aspect}: {problem} Ask for another height.";
                return false;
            }
            heights[aspect] = size.Height;
        }
        return true;
    }

    private static async Task<Results<Ok<ExportSummary[]>, NotFound>> ListAsync(
        Guid id, ClaimsPrincipal user, ClipAccess access, AppDbContext db, MediaPaths paths, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(user, id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        var rows = await db.Jobs.AsNoTracking().Where(j => j.ClipId == id && j.Kind == JobKinds.Export && j.Aspect != null)
            .OrderByDescending(j => j.CreatedAt).Take(200).ToListAsync(cancellationToken);
        // The newest export of each aspect: it owns the files in that aspect's folder.
        var latest = rows.GroupBy(j => j.Aspect!).Select(g => g.First()).OrderBy(j => j.Aspect, StringComparer.Ordinal);
        return TypedResults.Ok(latest.Select(j => Summary(j, paths)).ToArray());
    }

    private static ExportSummary Summary(Job job, MediaPaths paths)
    {
        var aspect = AspectRatio.Parse(job.Aspect!);
        var downloads = new Dictionary<string, string>();
        if (job.State == JobState.Succeeded)
        {
            var folder = paths.ExportFolder(job.ClipId, aspect.FileTag);
            foreach (var file in ExportFiles.All.Where(f => File.Exists(Path.Combine(folder, f.FileName))))
            {
                downloads[file.Kind] = ApiRoutes.ExportFile(job.ClipId, job.Aspect!, file.Kind);
            }
        }
        var progress = job.State == JobState.Succeeded ? 1 : job.FramesTotal > 0 ? Math.Clamp((double)job.FramesDone / job.FramesTotal, 0, 1) : 0;
        return new ExportSummary(job.Id, job.Aspect!, job.State, progress, job.Error, downloads);
    }

    private static async Task<IResult> FileAsync(
        Guid id, string aspect, string kind, ClaimsPrincipal user, ClipAccess access, MediaPaths paths, CancellationToken cancellationToken)
    {
        var file = ExportFiles.Find(kind);
        if (file is null || !ReframeInput.TryParseAspect(aspect, out var ratio, out _))
        {
            return TypedResults.NotFound();
        }
        var clip = await access.FindAsync(user, id, cancellationToken);
        var path = Path.Combine(paths.ExportFolder(id, ratio.FileTag), file.FileName);
        if (clip is null || !File.Exists(path))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.PhysicalFile(path, file.ContentType, ExportFiles.DownloadName(clip.Title, ratio, file), enableRangeProcessing: true);
    }
}
