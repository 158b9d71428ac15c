using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using WebAttention.Data;
using WebAttention.Pipeline.Configuration;
using WebAttention.Server.Options;
using WebAttention.Server.Telemetry;

namespace WebAttention.Server.Extensions;

/// <summary>Health endpoints and OpenTelemetry metrics on a Prometheus /metrics endpoint.</summary>
internal static class ObservabilityExtensions
{
    private const string LiveTag = "live";

    public static void AddObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AppMetrics>();
        builder.Services.AddValidatedOptions<MetricsOptions, MetricsOptionsValidator>(builder.Configuration, MetricsOptions.SectionName);
        builder.Services.AddAuthorizationBuilder().AddPolicy(MetricsAccessRule.Policy, policy => policy.RequireAssertion(context =>
            context.Resource is HttpContext http && MetricsAccessRule.Allows(
                http.RequestServices.GetRequiredService<IOptions<MetricsOptions>>().Value.Access,
                context.User,
                http.Connection.RemoteIpAddress)));
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy(), [LiveTag])
            .AddDbContextCheck<AppDbContext>("database");
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(AppMetrics.MeterName)
            .AddPrometheusExporter());
    }

    public static void MapObservability(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<AppMetrics>();
        metrics.ObserveQueueDepth(app.Lifetime, () => HostingExtensions.CountQueuedJobs(app.Services));
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag) });
        // Anonymous callers the policy refuses get 401, signed-in ones 403 (the cookie events treat /metrics as an API).
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(MetricsAccessRule.Policy);
    }
}
