using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;
using WebAttention.Data;
using WebAttention.Pipeline.Storage;
using WebAttention.Server.Auth;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Clips;

/// <summary>Clips of the signed-in user; bulk data (video, maps) over HTTP with range requests.</summary>
public static class ClipsApi
{
    public static IEndpointRouteBuilder MapClipsApi(this IEndpointRouteBuilder app)
    {
        var clips = app.MapGroup("/api/clips").RequireAuthorization();
        clips.MapGet("/", ListAsync);
        clips.MapGet("/{id:guid}", GetAsync);
        clips.MapDelete("/{id:guid}", DeleteAsync);
        clips.MapGet("/{id:guid}/video", VideoAsync);
        clips.MapGet("/{id:guid}/thumbnail", ThumbnailAsync);
        clips.MapGet("/{id:guid}/saliency/index", SaliencyIndexAsync);
        clips.MapGet("/{id:guid}/saliency/chunks/{chunk:int:min(0)}", SaliencyChunkAsync);
        clips.MapGet("/{id:guid}/saliency/frames", SaliencyFramesAsync);
        clips.MapGet("/{id:guid}/faces", FacesAsync);
        return app;
    }

    private static async Task<Ok<ClipSummary[]>> ListAsync(ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var rows = await db.Clips.AsNoTracking().Where(c => c.OwnerId == userId)
            .OrderByDescending(c => c.CreatedAt).Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(c => c.ToSummary()).ToArray());
    }

    private static async Task<Results<Ok<ClipSummary>, NotFound>> GetAsync(Guid id, ClaimsPrincipal user, ClipAccess access, CancellationToken cancellationToken) =>
        await access.FindAsync(user, id, cancellationToken) is { } clip ? TypedResults.Ok(clip.ToSummary()) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ClipAccess access, AppDbContext db, MediaPaths paths, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(user, id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        // A running job sees its lease vanish and stops.
        await db.Jobs.Where(j => j.ClipId == id && (j.State == JobState.Queued || j.State == JobState.Running))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Cancelled), cancellationToken);
        await db.Clips.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
        var folder = paths.ClipFolder(id);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return TypedResults.NoContent();
    }

    private static Task<IResult> VideoAsync(Guid id, ClaimsPrincipal user, ClipAccess access, MediaPaths paths, CancellationToken cancellationToken) =>
        ServeFileAsync(id, user, access, paths.Proxy(id), "video/mp4", cancellationToken);

    private static Task<IResult> ThumbnailAsync(Guid id, ClaimsPrincipal user, ClipAccess access, MediaPaths paths, CancellationToken cancellationToken) =>
        ServeFileAsync(id, user, access, paths.Thumbnail(id), "image/jpeg", cancellationToken);

    private static Task<IResult> SaliencyIndexAsync(Guid id, ClaimsPrincipal user, ClipAccess access, MediaPaths paths, CancellationToken cancellationToken) =>
        ServeFileAsync(id, user, access, Path.Combine(paths.SaliencyFolder(id), SaliencyStoreLayout.IndexFile), "application/json", cancellationToken);

    private static Task<IResult> SaliencyChunkAsync(Guid id, int chunk, ClaimsPrincipal user, ClipAccess access, MediaPaths paths, CancellationToken cancellationToken) =>
        ServeFileAsync(id, user, access, Path.Combine(paths.SaliencyFolder(id), SaliencyStoreLayout.ChunkFile(chunk)), "application/octet-stream", cancellationToken);

    /// <summary>The face track (ClipFacesView) written by the analysis; 404 before the analysis has run.</summary>
    private static Task<IResult> FacesAsync(Guid id, ClaimsPrincipal user, ClipAccess access, MediaPaths paths, CancellationToken cancellationToken) =>
        ServeFileAsync(id, user, access, paths.Faces(id), "application/json", cancellationToken);

    private static async Task<IResult> SaliencyFramesAsync(
        Guid id, long from, int count, ClaimsPrincipal user, ClipAccess access, MediaPaths paths, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(user, id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        var folder = paths.SaliencyFolder(id);
        if (!File.Exists(Path.Combine(folder, SaliencyStoreLayout.IndexFile)))
        {
            return TypedResults.NotFound();
        }
        var store = await ChunkedSaliencyReader.OpenAsync(folder, cancellationToken);
        var frames = store.Index.FrameCount;
        if (from < 0 || count <= 0 || count > 1000 || from + count > frames)
        {
            return TypedResults.Problem($"Ask for 1 to 1000 frames within 0..{frames}.", statusCode: StatusCodes.Status400BadRequest);
        }
        var bytes = await store.ReadFramesAsync(from, count, cancellationToken);
        return TypedResults.File(bytes, "application/octet-stream");
    }

    private static async Task<IResult> ServeFileAsync(
        Guid id, ClaimsPrincipal user, ClipAccess access, string path, string contentType, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(user, id, cancellationToken) is null || !File.Exists(path))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.PhysicalFile(path, contentType, enableRangeProcessing: true);
    }
}
