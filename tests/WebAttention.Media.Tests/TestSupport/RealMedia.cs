using Microsoft.Extensions.Options;
using WebAttention.Media.Decoding;
using WebAttention.Media.Configuration;
using WebAttention.Media.Probing;
using WebAttention.Media.Proxy;

namespace WebAttention.Media.Tests.TestSupport;

/// <summary>Real implementations wired with default options (ffmpeg from /usr/bin).</summary>
internal static class RealMedia
{
    public static FfmpegOptions Ffmpeg { get; } = new();

    public static FfprobeVideoProbe Probe(MediaLimits? limits = null, FfmpegOptions? ffmpeg = null) =>
        new(Microsoft.Extensions.Options.Options.Create(ffmpeg ?? Ffmpeg), Microsoft.Extensions.Options.Options.Create(limits ?? new MediaLimits()));

    public static FfmpegFrameDecoder Decoder(FfmpegOptions? ffmpeg = null) =>
        new(Probe(), Microsoft.Extensions.Options.Options.Create(ffmpeg ?? Ffmpeg));

    public static FfmpegProxyTranscoder Transcoder(ProxyOptions? proxy = null) =>
        new(Probe(), Microsoft.Extensions.Options.Options.Create(Ffmpeg), Microsoft.Extensions.Options.Options.Create(proxy ?? new ProxyOptions()));
}
