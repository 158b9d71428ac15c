using System.ComponentModel.DataAnnotations;
using WebAttention.Pipeline.Configuration;

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
    [Range(1, long.MaxValue)]
    public long MaxBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Longest clip (default 2 h).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "10675199.02:48:05.4775807")]
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Widest frame (landscape), default 3840.</summary>
    [Range(1, int.MaxValue)]
    public int MaxWidth { get; init; } = 3840;

    /// <summary>Tallest frame (landscape), default 2160.</summary>
    [Range(1, int.MaxValue)]
    public int MaxHeight { get; init; } = 2160;

    /// <summary>Highest frame rate, default 120 fps.</summary>
    [Range(0, double.MaxValue, MinimumIsExclusive = true)]
    public double MaxFrameRate { get; init; } = 120;

    /// <summary>Human-readable problems with these limits; empty when valid.</summary>
    public IEnumerable<string> Problems() => OptionsProblems.Of(new MediaLimitsValidator(), this);
}
