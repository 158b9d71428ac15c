using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WebAttention.Media.Analysis;
using WebAttention.Media.Decoding;
using WebAttention.Media.Configuration;
using WebAttention.Media.Probing;
using WebAttention.Media.Proxy;

namespace WebAttention.Media.DependencyInjection;

/// <summary>Registers the ffmpeg edge: probe, decoder, proxy transcoder and their options.</summary>
public static class MediaServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IVideoProbe"/>, <see cref="IFrameDecoder"/> and <see cref="IProxyTranscoder"/>
    /// (singletons), binding <see cref="FfmpegOptions"/> (<c>Media:Ffmpeg</c>), <see cref="MediaLimits"/>
    /// (<c>Media:Limits</c>) and <see cref="ProxyOptions"/> (<c>Media:Proxy</c>), validated at start-up.
    /// </summary>
    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<FfmpegOptions>().Bind(configuration.GetSection(FfmpegOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FfmpegOptions>, FfmpegOptionsValidator>());
        services.AddOptions<MediaLimits>().Bind(configuration.GetSection(MediaLimits.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MediaLimits>, MediaLimitsValidator>());
        services.AddOptions<ProxyOptions>().Bind(configuration.GetSection(ProxyOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>());

        services.TryAddSingleton<IVideoProbe, FfprobeVideoProbe>();
        services.TryAddSingleton<IFrameDecoder, FfmpegFrameDecoder>();
        services.TryAddSingleton<IProxyTranscoder, FfmpegProxyTranscoder>();
        services.TryAddSingleton<ClipAnalyzer>();
        return services;
    }
}
