using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
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
    /// cookie authentication state, the clips hub and the resumable uploader.
    /// </summary>
    public static IServiceCollection AddWebAttentionClient(this IServiceCollection services, Uri baseAddress)
    {
        services.AddScoped(_ => new HttpClient { BaseAddress = baseAddress });
        services.AddScoped<IAuthApi, AuthApi>();
        services.AddScoped<IClipsApi, ClipsApi>();
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
        services.AddSingleton(new UploadOptions());
        services.AddScoped<IUploadResumeStore, LocalStorageUploadResumeStore>();
        services.AddScoped<IUploadService, ResumableUploader>();
        return services;
    }
}
