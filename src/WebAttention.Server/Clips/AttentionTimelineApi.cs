using System.Security.Claims;
using WebAttention.Core;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Storage;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Clips;

/// <summary>
/// GET <see cref="ApiRoutes.AttentionTimeline"/>: focus and centre of attention over time, computed from the clip's
/// stored maps on the first request and cached beside them, with the shot cuts the analysis stored (<see cref="ShotListFile"/>). Same access rule as the maps (owner or admin, else 404).
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
        var timeline = await AttentionTimelineFile.LoadOrComputeAsync(folder, cancellationToken);
        return TypedResults.Ok(timeline with { Cuts = await StoredCutsAsync(folder, cancellationToken) });
    }

    // The cuts the analysis stored beside the maps; none for a clip analysed before shots were stored (its first reframe writes them).
    private static async Task<IReadOnlyList<long>> StoredCutsAsync(string folder, CancellationToken cancellationToken)
    {
        try
        {
            return (await ShotListFile.TryReadAsync(folder, cancellationToken))?.Cuts ?? [];
        }
        catch (InvalidDataException)
        {
            return []; // Damaged: the next reframe rewrites it.
        }
    }
}
