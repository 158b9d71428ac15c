using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WebAttention.Media.Analysis;
using WebAttention.Media.Decoding;
using WebAttention.Media.Configuration;
using WebAttention.Media.Probing;
using WebAttention.Media.Proxy;
using WebAttention.Media.Rendering;
using WebAttention.Reframing.Export;

namespace WebAttention.Media.DependencyInjection;

/// <summary>Registers the ffmpeg edge: probe, decoder, proxy transcoder and their options.</summary>
public static class MediaServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IVideoProbe"/>, <see cref="IFrameDecoder"/>, <see cref="IProxyTranscoder"/> and <see cref="IReframeRenderer"/>
    /// (singletons), binding <see cref="FfmpegOptions"/> (<c>Media:Ffmpeg</c>), <see cref="MediaLimits"/>
    /// (<c>Media:Limits</c>) and <see cref="ProxyOptions"/> (<c>Media:Proxy</c>), validated at start-up.
    /// </summary>
    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<FfmpegOptions>().Bind(configuration.GetSection(FfmpegOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FfmpegOptions>, FfmpegOptionsValidator>());
        services.AddOptions<MediaLimits>().Bind(configuration.GetSection(MediaLimits.SectionName))
            .Validate(l => !l.Problems().Any(), "Media:Limits is invalid: every limit must be positive.")
            .ValidateOnStart();
        services.AddOptions<ProxyOptions>().Bind(configuration.GetSection(ProxyOptions.SectionName))
            .Validate(p => !p.Problems().Any(), "Media:Proxy is invalid (size, CRF, preset, audio rate or thumbnail settings out of range).")
            .ValidateOnStart();

        services.TryAddSingleton<IVideoProbe, FfprobeVideoProbe>();
        services.TryAddSingleton<IFrameDecoder, FfmpegFrameDecoder>();
        services.TryAddSingleton<IProxyTranscoder, FfmpegProxyTranscoder>();
        services.TryAddSingleton<ClipAnalyzer>();
        services.TryAddSingleton<IReframeRenderer, FfmpegReframeRenderer>();
        return services;
    }
}
