using WebAttention.Reframing.DependencyInjection;
using WebAttention.Server.Jobs;

namespace WebAttention.Server.Reframing;

/// <summary>Registers the reframing core (<c>AddReframing</c>), crop path storage, the reframe and export jobs (the ffmpeg renderer comes with <c>AddMedia</c>).</summary>
public static class ReframingServiceCollectionExtensions
{
    /// <summary>Adds the reframing services (needs AddMedia for the decoder and ffmpeg options).</summary>
    public static IServiceCollection AddReframeJobs(this IServiceCollection services)
    {
        services.AddReframing();
        services.AddSingleton<ReframeShots>();
        services.AddSingleton<CropPathNotifier>();
        services.AddScoped<CropPathStore>();
        services.AddScoped<IJobHandler, ReframeJobHandler>();
        services.AddScoped<IJobHandler, ExportJobHandler>();
        return services;
    }
}
