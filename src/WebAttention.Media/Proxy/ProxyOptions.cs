namespace WebAttention.Media.Proxy;

/// <summary>How browser proxies and thumbnails are made. Bound from <c>Media:Proxy</c>.</summary>
public sealed record ProxyOptions
{
    /// <summary>Configuration section the options are bound from.</summary>
    public const string SectionName = "Media:Proxy";

    /// <summary>Longest side of the proxy in pixels (default 1280).</summary>
    public int MaxLongSide { get; init; } = 1280;

    /// <summary>x264 constant rate factor (lower is better; default 23).</summary>
    public int Crf { get; init; } = 23;

    /// <summary>x264 preset (default "veryfast").</summary>
    public string Preset { get; init; } = "veryfast";

    /// <summary>AAC bitrate in kbit/s (default 128).</summary>
    public int AudioKbps { get; init; } = 128;

    /// <summary>Thumbnail width in pixels (default 320).</summary>
    public int ThumbnailWidth { get; init; } = 320;

    /// <summary>Where in the clip the thumbnail is taken, as a fraction of its duration (default 0.1).</summary>
    public double ThumbnailAt { get; init; } = 0.1;

    /// <summary>Human-readable problems with these options; empty when valid.</summary>
    public IEnumerable<string> Problems()
    {
        if (MaxLongSide is < 16 or > 8192)
        {
            yield return "Media:Proxy:MaxLongSide must be between 16 and 8192.";
        }

        if (Crf is < 0 or > 51)
        {
            yield return "Media:Proxy:Crf must be between 0 and 51.";
        }

        string[] presets = ["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow"];
        if (!presets.Contains(Preset))
        {
            yield return $"Media:Proxy:Preset must be one of {string.Join(", ", presets)}.";
        }

        if (AudioKbps is < 32 or > 512)
        {
            yield return "Media:Proxy:AudioKbps must be between 32 and 512.";
        }

        if (ThumbnailWidth is < 16 or > 4096)
        {
            yield return "Media:Proxy:ThumbnailWidth must be between 16 and 4096.";
        }

        if (ThumbnailAt is < 0 or >= 1)
        {
            yield return "Media:Proxy:ThumbnailAt must be in [0, 1).";
        }
    }
}
