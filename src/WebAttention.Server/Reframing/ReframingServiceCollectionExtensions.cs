using Microsoft.Extensions.DependencyInjection.Extensions;
using WebAttention.Media.Reframing;
using WebAttention.Server.Jobs;

namespace WebAttention.Server.Reframing;

/// <summary>Registers crop path storage, the reframe and export jobs and the ffmpeg renderer.</summary>
public static class ReframingServiceCollectionExtensions
{
    /// <summary>Adds the reframing services (needs AddMedia for the decoder and ffmpeg options).</summary>
    public static IServiceCollection AddReframing(this IServiceCollection services)
    {
        services.TryAddSingleton<IReframeRenderer, FfmpegReframeRenderer>();
        services.AddSingleton<ReframeShots>();
        services.AddSingleton<CropPathNotifier>();
        services.AddScoped<CropPathStore>();
        services.AddScoped<IJobHandler, ReframeJobHandler>();
        services.AddScoped<IJobHandler, ExportJobHandler>();
        return services;
    }
}
