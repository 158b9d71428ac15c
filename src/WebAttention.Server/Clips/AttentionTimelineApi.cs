using System.Security.Claims;
using WebAttention.Core;
using WebAttention.Pipeline.Storage;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Clips;

/// <summary>
/// GET <see cref="ApiRoutes.AttentionTimeline"/>: focus and centre of attention over time, computed from the clip's
/// stored maps on the first request and cached beside them. Same access rule as the maps (owner or admin, else 404).
/// </summary>
public static class AttentionTimelineApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapAttentionTimelineApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/clips").RequireAuthorization().MapGet("/{id:guid}/saliency/timeline", TimelineAsync);
        return app;
    }

    private static async Task<IResult> TimelineAsync(
        Guid id, ClaimsPrincipal user, ClipAccess access, MediaPaths paths, CancellationToken cancellationToken)
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
        return TypedResults.Ok(await AttentionTimelineFile.LoadOrComputeAsync(folder, cancellationToken));
    }
}
