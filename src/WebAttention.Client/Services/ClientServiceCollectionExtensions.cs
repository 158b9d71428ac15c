using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Auth;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Services.Studio;
using WebAttention.Client.Services.Uploads;

namespace WebAttention.Client.Services;

/// <summary>Registration of the browser app's services.</summary>
public static class ClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers the API clients (over an <see cref="HttpClient"/> for <paramref name="baseAddress"/>),
    /// cookie authentication state, the clips hub and the resumable uploader, whose <see cref="UploadOptions"/> are bound
    /// from the <c>Uploads</c> section of <paramref name="configuration"/> (defaults without one) and checked by their
    /// source-generated validator (the browser host has no start-up validation, so on first use).
    /// </summary>
    public static IServiceCollection AddWebAttentionClient(this IServiceCollection services, Uri baseAddress, IConfiguration? configuration = null)
    {
        services.AddScoped(_ => new HttpClient { BaseAddress = baseAddress });
        services.AddScoped<IAuthApi, AuthApi>();
        services.AddScoped<IClipsApi, ClipsApi>();
        services.AddScoped<IReviewApi, ReviewApi>();
        services.AddScoped<ISystemApi, SystemApi>();
        services.AddScoped<IModelsApi, ModelsApi>();
        services.AddScoped<ICropPathsApi, CropPathsApi>();
        services.AddScoped<IClipInsightsApi, ClipInsightsApi>();

        services.AddAuthorizationCore();
        services.AddCascadingAuthenticationState();
        services.AddScoped<CookieAuthenticationStateProvider>();
        services.AddScoped<AuthenticationStateProvider>(sp => sp.GetRequiredService<CookieAuthenticationStateProvider>());
        services.AddScoped<IAccountService, AccountService>();

        services.AddClipHub();
        services.AddSingleton(TimeProvider.System);
        var uploads = services.AddOptions<UploadOptions>();
        if (configuration is not null)
        {
            uploads.Bind(configuration.GetSection(UploadOptions.SectionName));
        }

        uploads.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<UploadOptions>, UploadOptionsValidator>());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<UploadOptions>>().Value);
        services.AddScoped<IUploadResumeStore, LocalStorageUploadResumeStore>();
        services.AddScoped<IUploadService, ResumableUploader>();
        return services;
    }
}
