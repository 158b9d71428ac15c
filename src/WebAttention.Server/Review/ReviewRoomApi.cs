using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Review;
using WebAttention.Data;
using WebAttention.Server.Reframing;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Review;

/// <summary>What a review room page reads with view scope: clip facts and latest path revisions, and the video.</summary>
public static class ReviewRoomApi
{
    public static IEndpointRouteBuilder MapReviewRoomApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/clips/{id:guid}/review/room", RoomAsync);
        app.MapGet("/api/clips/{id:guid}/review/video", VideoAsync);
        return app;
    }

    private static async Task<IResult> RoomAsync(Guid id, HttpContext http, ReviewAccess access, AppDbContext db, CropPathStore store, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(http, id, ReviewScope.View, cancellationToken);
        if (check.Actor is not { } actor)
        {
            return check.ToResult();
        }
        var clip = await db.Clips.AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken);
        var paths = await store.LatestOfEachAspectAsync(id, cancellationToken);
        return Results.Ok(new ReviewRoomInfo(actor.Identity, clip.FrameRate, clip.FrameCount, clip.Width, clip.Height, paths.Select(CropPathViews.Summary).ToArray()));
    }

    private static async Task<IResult> VideoAsync(Guid id, HttpContext http, ReviewAccess access, MediaPaths paths, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(http, id, ReviewScope.View, cancellationToken);
        if (check.Actor is null)
        {
            return check.ToResult();
        }
        var file = paths.Proxy(id);
        return File.Exists(file) ? Results.File(file, "video/mp4", enableRangeProcessing: true) : Results.NotFound();
    }
}
