using System.ComponentModel.DataAnnotations;
using WebAttention.Pipeline.Configuration;

namespace WebAttention.Media.Proxy;

/// <summary>How browser proxies and thumbnails are made. Bound from <c>Media:Proxy</c>.</summary>
public sealed record ProxyOptions
{
    /// <summary>Configuration section the options are bound from.</summary>
    public const string SectionName = "Media:Proxy";

    /// <summary>Longest side of the proxy in pixels (default 1280).</summary>
    [Range(16, 8192)]
    public int MaxLongSide { get; init; } = 1280;

    /// <summary>x264 constant rate factor (lower is better; default 23).</summary>
    [Range(0, 51)]
    public int Crf { get; init; } = 23;

    /// <summary>x264 preset (default "veryfast").</summary>
    [AllowedValues("ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow")]
    public string Preset { get; init; } = "veryfast";

    /// <summary>AAC bitrate in kbit/s (default 128).</summary>
    [Range(32, 512)]
    public int AudioKbps { get; init; } = 128;

    /// <summary>Thumbnail width in pixels (default 320).</summary>
    [Range(16, 4096)]
    public int ThumbnailWidth { get; init; } = 320;

    /// <summary>Where in the clip the thumbnail is taken, as a fraction of its duration (default 0.1).</summary>
    [Range(0d, 1d, MaximumIsExclusive = true)]
    public double ThumbnailAt { get; init; } = 0.1;

    /// <summary>Human-readable problems with these options; empty when valid.</summary>
    public IEnumerable<string> Problems() => OptionsProblems.Of(new ProxyOptionsValidator(), this);
}
