namespace WebAttention.Server.Storage;

/// <summary>
/// Keeps a web node's clip folders in step with a shared media store, at the edge of the clip API: before a signed-in
/// request under <c>/api/clips/{id}</c> the clip's stored files (all but the source) are pulled when missing or newer,
/// so maps, proxy, faces, crop paths and exports are served from what the workers stored; after a successful change
/// (a keyframe edit writes a crop path revision) the clip folder is pushed; after a delete the stored files go.
/// Nothing happens with the local store.
/// </summary>
public static class ClipMediaSync
{
    public static IApplicationBuilder UseClipMediaSync(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var store = context.RequestServices.GetRequiredService<IMediaStore>();
        if (!store.IsShared || context.User.Identity?.IsAuthenticated != true || ClipId(context.Request.Path) is not { } clipId)
        {
            await next(context);
            return;
        }
        var cancellationToken = context.RequestAborted;
        var changes = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);
        if (!HttpMethods.IsDelete(context.Request.Method))
        {
            await store.PullClipAsync(clipId, includeSource: false, cancellationToken);
        }
        await next(context);
        if (changes && context.Response.StatusCode < 400)
        {
            await (HttpMethods.IsDelete(context.Request.Method) && context.Request.Path.Value!.TrimEnd('/').EndsWith(clipId.ToString(), StringComparison.OrdinalIgnoreCase)
                ? store.DeleteClipAsync(clipId, cancellationToken)
                : store.PushClipAsync(clipId, cancellationToken));
        }
    });

    /// <summary>The clip id of a path <c>/api/clips/{id}[/…]</c>, or null.</summary>
    public static Guid? ClipId(PathString path)
    {
        if (!path.StartsWithSegments("/api/clips", StringComparison.OrdinalIgnoreCase, out var rest) || !rest.HasValue)
        {
            return null;
        }
        var segment = rest.Value!.TrimStart('/').Split('/', 2)[0];
        return Guid.TryParse(segment, out var id) ? id : null;
    }
}
