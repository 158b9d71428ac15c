using Microsoft.Extensions.Options;
using WebAttention.Pipeline.Configuration;
using WebAttention.Reframing.DependencyInjection;
using WebAttention.Reframing.Export;
using WebAttention.Server.Jobs;

namespace WebAttention.Server.Reframing;

/// <summary>Registers the reframing core (<c>AddReframing</c>), crop path storage, the reframe and export jobs (the ffmpeg renderer comes with <c>AddMedia</c>).</summary>
public static class ReframingServiceCollectionExtensions
{
    /// <summary>Adds the reframing services (needs AddMedia for the decoder and ffmpeg options) and binds the exports' EDL settings.</summary>
    public static IServiceCollection AddReframeJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReframing();
        services.AddValidatedOptions<EdlOptions, EdlOptionsValidator>(configuration, EdlOptions.SectionName);
        services.AddSingleton<ReframeShots>();
        services.AddSingleton<CropPathNotifier>();
        services.AddScoped<CropPathStore>();
        services.AddScoped<IJobHandler, ReframeJobHandler>();
        services.AddScoped<IJobHandler, ExportJobHandler>();
        return services;
    }
}

/// <summary>The configured part of every export's EDL (reel, record start); title and clip name are set per export.</summary>
[OptionsValidator]
internal sealed partial class EdlOptionsValidator : IValidateOptions<EdlOptions>;
