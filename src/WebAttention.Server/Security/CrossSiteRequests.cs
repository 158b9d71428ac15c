namespace WebAttention.Server.Security;

/// <summary>
/// Cross-site request forgery protection from the browser's own statement of where a request comes from (Fetch
/// Metadata, with Origin as the fallback), for every unsafe method. Cookies authenticate the API, the hubs' negotiate
/// and the multipart model upload, and a cross-site HTML form can POST (urlencoded, multipart, text/plain) without a
/// preflight: SameSite=Strict cookies already keep such a post anonymous in current browsers; this refuses it
/// outright (403) whatever the cookie settings or browser. Same-origin calls of the app and non-browser clients
/// (no Sec-Fetch-Site, no Origin: curl, the CLI, tests) pass. The rule is <see cref="IsAllowed"/>, pure.
/// </summary>
public static class CrossSiteRequests
{
    public static IApplicationBuilder UseCrossSiteRequestRefusal(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!IsAllowed(request.Method, request.Headers["Sec-Fetch-Site"], request.Headers.Origin, request.Host.Value))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsJsonAsync(new
                {
                    title = "Cross-site request refused",
                    status = StatusCodes.Status403Forbidden,
                    detail = "This request came from another site; only this site's own pages may change data.",
                }, context.RequestAborted);
                return;
            }
            await next();
        });

    /// <summary>
    /// Whether a request may proceed: safe methods always; otherwise Sec-Fetch-Site "same-origin" or "none" (typed
    /// by the user) passes and any other value is refused; without it, an Origin must name this host; with
    /// neither, the caller is not a browser and passes.
    /// </summary>
    public static bool IsAllowed(string method, string? fetchSite, string? origin, string? host)
    {
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
        {
            return true;
        }
        if (!string.IsNullOrEmpty(fetchSite))
        {
            return fetchSite.Equals("same-origin", StringComparison.OrdinalIgnoreCase) || fetchSite.Equals("none", StringComparison.OrdinalIgnoreCase);
        }
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }
        return Uri.TryCreate(origin, UriKind.Absolute, out var from) && !string.IsNullOrEmpty(host) &&
            string.Equals(from.IsDefaultPort ? from.Host : $"{from.Host}:{from.Port}", host, StringComparison.OrdinalIgnoreCase);
    }
}
