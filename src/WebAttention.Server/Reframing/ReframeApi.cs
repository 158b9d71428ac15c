using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Reframing;
using WebAttention.Data;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Solving;
using WebAttention.Server.Auth;
using WebAttention.Server.Clips;
using WebAttention.Server.Jobs;

namespace WebAttention.Server.Reframing;

/// <summary>
/// Crop paths of a clip (<see cref="ApiRoutes.CropPaths"/>, <see cref="ApiRoutes.CropPath"/>,
/// <see cref="ApiRoutes.CropPathKeyframes"/>) and, through <see cref="ExportApi"/>, its exports.
/// Every endpoint goes through <see cref="ClipAccess"/>: another user's clip reads as 404.
/// </summary>
public static class ReframeApi
{
    /// <summary>Maps the crop path and export endpoints.</summary>
    public static IEndpointRouteBuilder MapReframeApi(this IEndpointRouteBuilder app)
    {
        var clip = app.MapGroup("/api/clips/{id:guid}").RequireAuthorization();
        clip.MapPost("/croppaths", QueueAsync);
        clip.MapGet("/croppaths", ListAsync);
        clip.MapGet("/croppaths/{aspect}", GetAsync);
        clip.MapPut("/croppaths/{aspect}/keyframes", EditAsync);
        clip.MapExportApi();
        return app;
    }

    private static async Task<Results<Accepted<QueuedJob[]>, NotFound, ProblemHttpResult>> QueueAsync(
        Guid id, ReframeRequestDto? request, ClaimsPrincipal user, ClipAccess access, AppDbContext db, JobScheduler queue, CancellationToken cancellationToken)
    {
        var clip = await access.FindAsync(user, id, cancellationToken);
        if (clip is null)
        {
            return TypedResults.NotFound();
        }
        if (!ReframeInput.TryParseAspects(request?.Aspects, out var aspects, out var error)
            || !ReframeInput.TryParsePreset(request!.Preset, out var preset, out error))
        {
            return BadRequest(error);
        }
        if (clip.Status != ClipStatus.Ready)
        {
            return TypedResults.Problem($"The clip is {clip.Status.ToString().ToLowerInvariant()}: it can be reframed once its analysis is done.", statusCode: StatusCodes.Status409Conflict);
        }
        var args = JobPayload.Write(new ReframeJobArgs(ReframeInput.Name(preset), user.RequireUserId()));
        var jobs = aspects.Select(a =>
        {
            var job = queue.Add(db, JobKinds.Reframe, clip.Id, JobKinds.CpuQueue);
            job.Aspect = a.ToString();
            job.Payload = args;
            return new QueuedJob(job.Id, job.Aspect);
        }).ToArray();
        await db.SaveChangesAsync(cancellationToken);
        await queue.DispatchAsync(db, cancellationToken);
        return TypedResults.Accepted(ApiRoutes.CropPaths(clip.Id), jobs);
    }

    private static async Task<Results<Ok<CropPathSummary[]>, NotFound>> ListAsync(
        Guid id, ClaimsPrincipal user, ClipAccess access, CropPathStore store, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(user, id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        var latest = await store.LatestOfEachAspectAsync(id, cancellationToken);
        return TypedResults.Ok(latest.Select(CropPathViews.Summary).ToArray());
    }

    private static async Task<Results<Ok<CropPathView>, NotFound>> GetAsync(
        Guid id, string aspect, int? revision, ClaimsPrincipal user, ClipAccess access, CropPathStore store, CancellationToken cancellationToken)
    {
        if (!ReframeInput.TryParseAspect(aspect, out var ratio, out _) || await access.FindAsync(user, id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        var record = revision is { } r
            ? await store.FindAsync(id, ratio, r, cancellationToken)
            : await store.LatestAsync(id, ratio, cancellationToken);
        if (record is null)
        {
            return TypedResults.NotFound();
        }
        var path = await store.LoadAsync(record, cancellationToken);
        return TypedResults.Ok(CropPathViews.View(id, record.Revision, path));
    }

    private static async Task<Results<Ok<CropPathView>, NotFound, ProblemHttpResult>> EditAsync(
        Guid id, string aspect, KeyframeEdit? edit, ClaimsPrincipal user, ClipAccess access, AppDbContext db, CropPathStore store, CropPathSolver solver, CropPathNotifier notifier, CancellationToken cancellationToken)
    {
        var clip = ReframeInput.TryParseAspect(aspect, out var ratio, out _) ? await access.FindAsync(user, id, cancellationToken) : null;
        if (clip is null)
        {
            return TypedResults.NotFound();
        }
        var latest = await store.LatestAsync(id, ratio, cancellationToken);
        if (latest is null)
        {
            return TypedResults.NotFound();
        }
        if (edit?.Keyframes is null)
        {
            return BadRequest("Send the base revision and the complete list of keyframes.");
        }
        if (edit.BaseRevision != latest.Revision)
        {
            return Stale(edit.BaseRevision, latest.Revision);
        }
        var path = await store.LoadAsync(latest, cancellationToken);
        if (KeyframeInput.Check(edit.Keyframes, path) is { } problem)
        {
            return BadRequest(problem);
        }
        var manual = edit.Keyframes.Where(k => k.Manual).Select(k => new CropKeyframe(k.Frame, k.CenterX, k.CenterY, k.Zoom)).ToList();
        var next = solver.ResolveSpan(path, manual, cancellationToken);
        var saved = await store.TrySaveAsync(id, next, latest.Revision + 1, user.RequireUserId(), null, cancellationToken);
        if (saved is null)
        {
            return Stale(edit.BaseRevision, latest.Revision + 1);
        }
        Review.ReviewAudit.Add(db, id, user, Review.AuditKinds.CropPathEdited, $"{saved.Aspect} r{saved.Revision}: {manual.Count} keyframes (studio)");
        await db.SaveChangesAsync(cancellationToken);
        await notifier.ChangedAsync(id, clip.OwnerId, saved.Aspect, saved.Revision);
        return TypedResults.Ok(CropPathViews.View(id, saved.Revision, next));
    }

    private static ProblemHttpResult Stale(int based, int latest) => TypedResults.Problem(
        $"Revision {based} is not the latest (now {latest}): reload the path and apply the edit again.", statusCode: StatusCodes.Status409Conflict, title: "Stale revision");

    internal static ProblemHttpResult BadRequest(string message) =>
        TypedResults.Problem(message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");
}
