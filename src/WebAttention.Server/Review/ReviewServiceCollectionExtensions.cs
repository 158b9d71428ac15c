using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using WebAttention.Core.Review;

namespace WebAttention.Server.Review;

/// <summary>Composition of review sessions (issue 12): services, guest cookie scheme, endpoints and hub.</summary>
public static class ReviewServiceCollectionExtensions
{
    public static WebApplicationBuilder AddReview(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddTimeProvider();
        services.AddAuthentication().AddCookie(ReviewGuest.Scheme, o =>
        {
            o.Cookie.Name = ReviewGuest.CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = false;
            o.Events.OnRedirectToLogin = ctx => Status(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => Status(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddScoped<ReviewAccess>();
        services.AddScoped<CommentAttention>();
        services.AddSingleton<ReviewRooms>();
        services.AddSingleton<ReviewCoEditor>();
        services.AddScoped<Reframing.KeyframeCoEdit>();
        services.AddSingleton<ReviewSessionLog>();
        services.AddSingleton<ReviewBroadcast>();
        services.AddHostedService<ReviewExpirySweep>();
        return builder;
    }

    public static WebApplication MapReview(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The hub needs the guest cookie, which can only be read before the response (the WebSocket) starts.
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments(ReviewHubContract.Route), hub => hub.Use(async (ctx, next) =>
        {
            ctx.Items[ReviewGuest.ItemKey] = await ReviewGuest.ReadAsync(ctx);
            await next(ctx);
        }));
        app.MapShareLinksApi();
        app.MapCommentsApi();
        app.MapApprovalsApi();
        app.MapReviewRoomApi();
        app.MapHub<ReviewHub>(ReviewHubContract.Route);
        return app;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        ctx.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
