using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using WebAttention.Pipeline.Configuration;
using WebAttention.Server.Hubs;

namespace WebAttention.Server.Security;

/// <summary>
/// The rate limits (ASP.NET Core's rate limiter): the "auth" policy per client address on register, log-in and
/// redeem; the "uploads" policy per account on model uploads and, through <see cref="UploadRateLimitFilter"/>, on
/// the clips hub's <c>BeginUpload</c>. Limits come from <see cref="RateLimitOptions"/>.
/// </summary>
public static class RateLimits
{
    /// <summary>Register, log-in, redeem: per client address.</summary>
    public const string AuthPolicy = "auth";

    /// <summary>Uploads begun: per account.</summary>
    public const string UploadsPolicy = "uploads";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<RateLimitOptions, RateLimitOptionsValidator>(config, RateLimitOptions.SectionName);
        services.AddSingleton<UploadRateLimiter>();
        services.AddSignalR().AddHubOptions<ClipsHub>(o => o.AddFilter<UploadRateLimitFilter>());
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds(retryAfter).ToString(CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(AuthPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => Window(http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.Auth)));
            o.AddPolicy(UploadsPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => Window(http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.Uploads)));
        });
        return services;
    }

    /// <summary>Whole seconds to wait, at least one.</summary>
    public static int RetryAfterSeconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    internal static FixedWindowRateLimiterOptions Window(WindowLimit limit) => new()
    {
        PermitLimit = limit.PermitLimit,
        Window = limit.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

/// <summary>Uploads begun per account over the hub (the HTTP policy's twin for hub calls, which bypass HTTP middleware).</summary>
public sealed class UploadRateLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        user => RateLimitPartition.GetFixedWindowLimiter(user, _ => RateLimits.Window(options.Value.Uploads)));

    /// <summary>Null when <paramref name="userId"/> may begin another upload, else how long to wait.</summary>
    public TimeSpan? TryAcquire(string userId)
    {
        using var lease = _limiter.AttemptAcquire(userId);
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Value.Uploads.Window;
    }

    public void Dispose() => _limiter.Dispose();
}

/// <summary>Refuses <c>BeginUpload</c> beyond the account's upload rate, naming when to try again.</summary>
public sealed class UploadRateLimitFilter(UploadRateLimiter limiter) : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        if (invocationContext.HubMethodName == nameof(ClipsHub.BeginUpload) &&
            invocationContext.Context.UserIdentifier is { } user &&
            limiter.TryAcquire(user) is { } wait)
        {
            throw new HubException($"Too many uploads started: try again in {RateLimits.RetryAfterSeconds(wait)} s.");
        }
        return next(invocationContext);
    }
}
