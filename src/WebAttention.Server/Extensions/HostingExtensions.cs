using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebAttention.Core.Hubs;
using WebAttention.Core.Jobs;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Inference;
using WebAttention.Inference.Sessions;
using WebAttention.Media.DependencyInjection;
using WebAttention.Pipeline;
using WebAttention.Pipeline.Configuration;
using WebAttention.Server.Admin;
using WebAttention.Server.Analysis;
using WebAttention.Server.Auth;
using WebAttention.Server.Clips;
using WebAttention.Server.Components;
using WebAttention.Server.Hubs;
using WebAttention.Server.Jobs;
using WebAttention.Server.Live;
using WebAttention.Server.Models;
using WebAttention.Server.Options;
using WebAttention.Server.Reframing;
using WebAttention.Server.Review;
using WebAttention.Server.Security;
using WebAttention.Server.Storage;
using WebAttention.Server.Uploads;

namespace WebAttention.Server.Extensions;

/// <summary>Composition of the server: services first, then the request pipeline.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddWebAttention(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var config = builder.Configuration;

        // Serve the build's static web assets (blazor.web.js, _content/MudBlazor, the client's files) in every
        // environment, not only Development: `dotnet run` in Production (scripts/run.sh) otherwise answers 500 for
        // them. A published app has no build manifest and serves its own wwwroot, so this is a no-op there.
        builder.WebHost.UseStaticWebAssets();

        services.AddValidatedOptions<StorageOptions, StorageOptionsValidator>(config, StorageOptions.SectionName);
        services.AddValidatedOptions<UploadOptions, UploadOptionsValidator>(config, UploadOptions.SectionName);
        services.AddOptions<AccountOptions>().Bind(config.GetSection(AccountOptions.SectionName));
        services.AddSingleton<MediaPaths>();

        // Scale-out switches (database provider, media store, SignalR backplane): configuration only, embedded by default.
        services.AddConfiguredDatabase(config);
        services.AddConfiguredMediaStore(config);
        services.AddHostedService<DatabaseInitializer>();

        builder.AddAccounts();
        services.AddSignalR(o =>
        {
            o.MaximumReceiveMessageSize = ClipHubContract.MaxMessageBytes;
            o.StreamBufferCapacity = 32;
            o.AddFilter<ExpectedDisconnectFilter>();
        }).AddMessagePackProtocol().AddConfiguredBackplane(config);

        services.AddMedia(config);
        services.AddInference(config);
        services.PostConfigure<InferenceOptions>(o => o.ModelsRoot = ResolveModelsRoot(o.ModelsRoot, config));
        services.AddPipeline(config);
        services.AddValidatedOptions<ModelOptions, ModelOptionsValidator>(config, ModelOptions.SectionName);
        services.AddSingleton<DefaultModelStore>();
        services.AddSingleton<ModelRegistration>();
        services.AddSingleton<ModelSummaries>();
        services.AddSingleton<PredictorHost>();
        services.AddSingleton<FaceDetectorHost>();
        services.AddSingleton<IInferenceStatus>(sp => sp.GetRequiredService<PredictorHost>());
        services.AddHostedService<PredictorWarmup>();
        services.AddScoped<IJobHandler, AnalysisJobHandler>();
        services.AddScoped<IJobFailureHook, ClipFailureHook>();
        services.AddReframeJobs(config);
        services.AddLive(config);

        services.AddScoped<UploadStore>();
        services.AddHostedService<AbandonedUploadSweeper>();
        services.AddScoped<ClipAccess>();
        services.AddAdminServices();
        services.AddJobEngine(config, processJobs: config.GetValue(JobOptions.SectionName + ":" + nameof(JobOptions.RunWorker), true));

        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddRazorComponents().AddInteractiveWebAssemblyComponents();
        builder.AddObservability();
        builder.AddReview();
        return builder;
    }

    /// <summary>
    /// A headless worker node (src/WebAttention.Worker): the same services, job engine and handlers, with the job
    /// engine's server (Hangfire) always on; a killed worker's job is fetched by another once its invisibility timeout passes.
    /// </summary>
    public static WebApplicationBuilder AddWebAttentionWorker(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{JobOptions.SectionName}:{nameof(JobOptions.RunWorker)}"] = "true",
        });
        return builder.AddWebAttention();
    }

    /// <summary>The worker's endpoints: health and metrics only.</summary>
    public static WebApplication UseWebAttentionWorker(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapObservability();
        return app;
    }

    /// <summary>Generated models live in the data folder unless a models folder is configured.</summary>
    private static string ResolveModelsRoot(string configured, IConfiguration config) =>
        string.IsNullOrWhiteSpace(config[$"{InferenceOptions.SectionName}:{nameof(InferenceOptions.ModelsRoot)}"])
            ? Path.Combine(Path.GetFullPath(config[$"{StorageOptions.SectionName}:{nameof(StorageOptions.DataRoot)}"] ?? "data"), "models")
            : configured;

    private static void AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // NIST SP 800-63B: length, not composition rules.
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "webattention";
            o.Cookie.HttpOnly = true;
            // Strict same-site cookies keep other sites from riding the session (CSRF) on the JSON API and hubs.
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(7);
            // Pages go to the sign-in page; API and hub calls get a plain status code to act on.
            o.LoginPath = "/login";
            o.ReturnUrlParameter = "returnUrl";
            o.Events.OnRedirectToLogin = ctx => IsApi(ctx.Request)
                ? Status(ctx.Response, StatusCodes.Status401Unauthorized)
                : Redirect(ctx.Response, ctx.RedirectUri);
            o.Events.OnRedirectToAccessDenied = ctx => Status(ctx.Response, StatusCodes.Status403Forbidden);
        });
        services.AddScoped<AccountRoles>();
        services.AddRateLimits(builder.Configuration);
    }

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/hubs") || request.Path.StartsWithSegments("/metrics");

    private static Task Redirect(HttpResponse response, string location)
    {
        response.Redirect(location);
        return Task.CompletedTask;
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    public static WebApplication UseWebAttention(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        // Strict-Transport-Security on HTTPS responses (never on plain HTTP; loopback host names are excluded by default).
        app.UseHsts();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseNotFoundPage();
        app.UseCrossSiteRequestRefusal();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseClipMediaSync();

        app.MapStaticAssets();
        app.MapObservability();
        app.MapAuthApi();
        app.MapClipsApi();
        app.MapAttentionTimelineApi();
        app.MapReframeApi();
        app.MapSystemApi();
        app.MapModelsApi();
        app.MapHub<ClipsHub>(ClipHubContract.Route);
        app.MapJobDashboard();
        app.MapLive();
        app.MapReview();
        app.MapAdminApi();
        app.MapRazorComponents<App>()
            .AddInteractiveWebAssemblyRenderMode()
            .AddAdditionalAssemblies(typeof(Client._Imports).Assembly);
        return app;
    }

    /// <summary>Jobs waiting, for the queue-depth gauge.</summary>
    internal static long CountQueuedJobs(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().Jobs.LongCount(j => j.State == JobState.Queued);
    }
}
