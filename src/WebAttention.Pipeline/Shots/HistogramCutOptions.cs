using System.ComponentModel.DataAnnotations;

namespace WebAttention.Pipeline.Shots;

/// <summary>Settings of <see cref="AdaptiveCutDetector"/>; defaults suit 24-60 fps footage.</summary>
public sealed class HistogramCutOptions
{
    /// <summary>Bins per colour channel of the joint RGB histogram (8 gives 512 bins). Range 2-32.</summary>
    [Range(2, 32)]
    public int BinsPerChannel { get; set; } = 8;

    /// <summary>Recent inter-frame distances of the current shot that set the adaptive threshold. At least 2.</summary>
    [Range(2, int.MaxValue)]
    public int WindowFrames { get; set; } = 30;

    /// <summary>
    /// How many standard deviations above the recent mean distance a frame must jump to be a cut.
    /// Larger is stricter. Positive.
    /// </summary>
    [Range(0, double.MaxValue, MinimumIsExclusive = true)]
    public double Sensitivity { get; set; } = 4.0;

    /// <summary>
    /// Absolute floor of the threshold on the histogram distance (0 = identical colours, 1 = disjoint);
    /// keeps flat, static shots from cutting on noise. In (0, 1].
    /// </summary>
    [Range(0d, 1d, MinimumIsExclusive = true)]
    public double MinDistance { get; set; } = 0.3;

    /// <summary>Frames a shot must last before another cut is accepted (suppresses flashes). At least 1.</summary>
    [Range(1, int.MaxValue)]
    public int MinShotFrames { get; set; } = 8;

    /// <summary>Problems with these settings; empty when valid.</summary>
    public IReadOnlyList<string> Validate() => Configuration.OptionsProblems.Of(new HistogramCutOptionsValidator(), this);
}
