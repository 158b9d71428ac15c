namespace WebAttention.Server.Extensions;

/// <summary>Security headers on every response.</summary>
internal static class SecurityHeaders
{
    // Blazor WebAssembly and onnxruntime-web need 'wasm-unsafe-eval' (compiling WebAssembly, never JS eval); MudBlazor
    // sets inline styles; media and maps are same-origin blobs; onnxruntime-web's threads run in same-origin or blob
    // workers. connect-src 'self' covers the hubs' WebSockets to this host (CSP Level 3): no other host is reachable.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; " +
        "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Content-Security-Policy"] = ContentSecurityPolicy;
            // Cross-origin isolation lets onnxruntime-web use threads (SharedArrayBuffer).
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Embedder-Policy"] = "require-corp";
            await next();
        });
}
