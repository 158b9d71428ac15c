using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace WebAttention.Server.Live;

/// <summary>Live sessions (section "Live").</summary>
public sealed class LiveOptions
{
    public const string SectionName = "Live";

    /// <summary>
    /// Frame rate the temporal smoothing assumes (the video model's time constant is turned into a per-frame factor at it);
    /// browsers send 10–30 frames/s, and the smoothing only needs the order of magnitude.
    /// </summary>
    [Range(1, 120)]
    public double NominalFrameRate { get; set; } = 15;

    /// <summary>
    /// Extra milliseconds spent on every frame: makes this server deliberately slow, to see (and test) how the browser
    /// drops frames instead of queueing them. 0 in normal use.
    /// </summary>
    [Range(0, 10_000)]
    public int ThrottleMilliseconds { get; set; }

    /// <summary>Most frames one recording keeps (later ones are analysed, not recorded); default 18,000 (10 min at 30 frames/s).</summary>
    [Range(1, 1_000_000)]
    public int MaxRecordedFrames { get; set; } = 18_000;
}

[OptionsValidator] internal sealed partial class LiveOptionsValidator : IValidateOptions<LiveOptions>;
