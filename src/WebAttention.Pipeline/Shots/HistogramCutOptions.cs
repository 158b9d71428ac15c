namespace WebAttention.Pipeline.Shots;

/// <summary>Settings of <see cref="AdaptiveCutDetector"/>; defaults suit 24-60 fps footage.</summary>
public sealed class HistogramCutOptions
{
    /// <summary>Bins per colour channel of the joint RGB histogram (8 gives 512 bins). Range 2-32.</summary>
    public int BinsPerChannel { get; set; } = 8;

    /// <summary>Recent inter-frame distances of the current shot that set the adaptive threshold. At least 2.</summary>
    public int WindowFrames { get; set; } = 30;

    /// <summary>
    /// How many standard deviations above the recent mean distance a frame must jump to be a cut.
    /// Larger is stricter. Positive.
    /// </summary>
    public double Sensitivity { get; set; } = 4.0;

    /// <summary>
    /// Absolute floor of the threshold on the histogram distance (0 = identical colours, 1 = disjoint);
    /// keeps flat, static shots from cutting on noise. In (0, 1].
    /// </summary>
    public double MinDistance { get; set; } = 0.3;

    /// <summary>Frames a shot must last before another cut is accepted (suppresses flashes). At least 1.</summary>
    public int MinShotFrames { get; set; } = 8;

    /// <summary>Problems with these settings; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (BinsPerChannel is < 2 or > 32)
        {
            errors.Add($"{nameof(BinsPerChannel)} must be 2-32 (was {BinsPerChannel}).");
        }

        if (WindowFrames < 2)
        {
            errors.Add($"{nameof(WindowFrames)} must be at least 2 (was {WindowFrames}).");
        }

        if (!(Sensitivity > 0) || double.IsInfinity(Sensitivity))
        {
            errors.Add($"{nameof(Sensitivity)} must be a positive number (was {Sensitivity}).");
        }

        if (!(MinDistance > 0 && MinDistance <= 1))
        {
            errors.Add($"{nameof(MinDistance)} must be in (0, 1] (was {MinDistance}).");
        }

        if (MinShotFrames < 1)
        {
            errors.Add($"{nameof(MinShotFrames)} must be at least 1 (was {MinShotFrames}).");
        }

        return errors;
    }
}
