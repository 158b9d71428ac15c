namespace WebAttention.Media.Configuration;

/// <summary>
/// What the service accepts. Sizes are compared orientation-free: the long side against the larger of
/// <see cref="MaxWidth"/>/<see cref="MaxHeight"/>, the short side against the smaller, so portrait
/// phone clips pass the same limit as landscape ones. Bound from the <c>Media:Limits</c> section.
/// </summary>
public sealed record MediaLimits
{
    /// <summary>Configuration section the limits are bound from.</summary>
    public const string SectionName = "Media:Limits";

    /// <summary>Largest file, in bytes (default 4 GiB).</summary>
    public long MaxBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Longest clip (default 2 h).</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Widest frame (landscape), default 3840.</summary>
    public int MaxWidth { get; init; } = 3840;

    /// <summary>Tallest frame (landscape), default 2160.</summary>
    public int MaxHeight { get; init; } = 2160;

    /// <summary>Highest frame rate, default 120 fps.</summary>
    public double MaxFrameRate { get; init; } = 120;

    /// <summary>Human-readable problems with these limits; empty when valid.</summary>
    public IEnumerable<string> Problems()
    {
        if (MaxBytes <= 0)
        {
            yield return "Media:Limits:MaxBytes must be positive.";
        }

        if (MaxDuration <= TimeSpan.Zero)
        {
            yield return "Media:Limits:MaxDuration must be positive.";
        }

        if (MaxWidth <= 0 || MaxHeight <= 0)
        {
            yield return "Media:Limits:MaxWidth and MaxHeight must be positive.";
        }

        if (!(MaxFrameRate > 0))
        {
            yield return "Media:Limits:MaxFrameRate must be positive.";
        }
    }
}
