using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WebAttention.Media.Analysis;
using WebAttention.Media.Decoding;
using WebAttention.Media.Configuration;
using WebAttention.Media.Probing;
using WebAttention.Media.Proxy;
using WebAttention.Media.Rendering;
using WebAttention.Reframing.Export;
using WebAttention.Pipeline.Configuration;

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

        services.AddValidatedOptions<FfmpegOptions, FfmpegOptionsValidator>(configuration, FfmpegOptions.SectionName);
        services.AddValidatedOptions<MediaLimits, MediaLimitsValidator>(configuration, MediaLimits.SectionName);
        services.AddValidatedOptions<ProxyOptions, ProxyOptionsValidator>(configuration, ProxyOptions.SectionName);

        services.TryAddSingleton<IVideoProbe, FfprobeVideoProbe>();
        services.TryAddSingleton<IFrameDecoder, FfmpegFrameDecoder>();
        services.TryAddSingleton<IProxyTranscoder, FfmpegProxyTranscoder>();
        services.TryAddSingleton<ClipAnalyzer>();
        services.TryAddSingleton<Recording.JpegSequenceEncoder>();
        services.TryAddSingleton<IReframeRenderer, FfmpegReframeRenderer>();
        return services;
    }
}
