using Microsoft.AspNetCore.Diagnostics;

namespace WebAttention.Server.Extensions;

/// <summary>
/// A browser that asks for an address nothing answers gets the app's "not found" page (the client's
/// <c>/not-found</c> route, status 404 kept) instead of the browser's bare error; API callers keep their plain 404.
/// </summary>
internal static class NotFoundPage
{
    /// <summary>The client page re-executed for unknown addresses (WebAttention.Client/Pages/PageNotFound.razor).</summary>
    public const string Route = "/not-found";

    public static IApplicationBuilder UseNotFoundPage(this IApplicationBuilder app)
    {
        // On the main pipeline (not in a UseWhen branch): only there does the re-execution route the request again.
        app.UseStatusCodePagesWithReExecute(Route, createScopeForStatusCodePages: true);
        return app.Use((context, next) =>
        {
            if (!IsPageRequest(context) && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }
            return next(context);
        });
    }

    /// <summary>A page navigation: GET asking for HTML.</summary>
    internal static bool IsPageRequest(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.Request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
