namespace WebAttention.Pipeline.Fusion;

/// <summary>
/// Weights of the video attention model (see <see cref="VideoChannelFusion"/>), fitted by maximum likelihood of
/// real viewers' gaze on video (<c>webattention train --stage video</c>):
/// log fused = <see cref="Model"/>·log model + <see cref="Face"/>·faces + <see cref="Motion"/>·motion
/// − <see cref="Static"/>·static overlay + <see cref="Centre"/>·centre Gaussian, then smoothed over time with
/// time constant <see cref="SmoothingSeconds"/>.
/// </summary>
/// <param name="Model">Exponent of the image model's map (1 keeps it as it is; below 1 flattens it).</param>
/// <param name="Face">Log-weight of the face blobs.</param>
/// <param name="FaceSigma">Face blob σ as a fraction of the box's width and height.</param>
/// <param name="Motion">Log-weight of the motion channel.</param>
/// <param name="Static">Log-discount of the static-overlay channel (<see cref="StaticOverlay"/>): positive discounts regions that stay put while the scene moves.</param>
/// <param name="Centre">Log-weight of the video centre prior (a Gaussian bump, peak 1, at the frame's centre).</param>
/// <param name="CentreSigma">σ of the centre prior as a fraction of the frame's width and height.</param>
/// <param name="SmoothingSeconds">Time constant τ of the per-pixel moving average over analysed maps (0 = no smoothing).</param>
/// <param name="ModelSpread">Exponent of the model's map blurred by <see cref="VideoChannelFusion.SpreadSigma"/> cells (gaze lands around what the model picks).</param>
/// <param name="MotionSpread">Log-weight of the motion map blurred the same way.</param>
/// <param name="CentreAmbiguity">Log-weight of the centre prior times the frame's <see cref="VideoChannelFusion.Ambiguity"/> (a flat map leans on the centre).</param>
/// <param name="ModelAmbiguity">Exponent of the blurred model's map times the frame's ambiguity.</param>
public sealed record VideoFusionWeights(
    double Model, double Face, double FaceSigma, double Motion, double Static, double Centre, double CentreSigma, double SmoothingSeconds,
    double ModelSpread = 0, double MotionSpread = 0, double CentreAmbiguity = 0, double ModelAmbiguity = 0)
{
    private const double Limit = 20;

    /// <summary>The image fusion as a video model: model × exp(face + motion), no static or centre term, α = 0.5 at 5 fps.</summary>
    public static VideoFusionWeights FromImage(FusionWeights image, double smoothingSeconds)
    {
        ArgumentNullException.ThrowIfNull(image);
        return new(1, image.Face, image.FaceSigma, image.Motion, 0, 0, 0.25, smoothingSeconds);
    }

    /// <summary>
    /// Weight α of the newest analysed map in the moving average when maps come <paramref name="analysedPerSecond"/> times a
    /// second: α = 1 − exp(−Δt / τ); 1 (no smoothing) when τ is 0.
    /// </summary>
    public double SmoothingFactorAt(double analysedPerSecond)
    {
        if (!(analysedPerSecond > 0) || double.IsInfinity(analysedPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(analysedPerSecond), analysedPerSecond, "Must be a positive rate.");
        }

        return SmoothingSeconds <= 0 ? 1 : Math.Clamp(1 - Math.Exp(-1 / (SmoothingSeconds * analysedPerSecond)), 1e-3, 1);
    }

    /// <summary>Why the weights are unusable, or null when they are fine.</summary>
    public string? Validate() =>
        Bad(Model, 0, Limit) ? $"{nameof(Model)} must be in [0, {Limit}] (was {Model})."
        : Bad(Face, -Limit, Limit) ? $"{nameof(Face)} must be in [-{Limit}, {Limit}] (was {Face})."
        : !double.IsFinite(FaceSigma) || FaceSigma is <= 0 or > 5 ? $"{nameof(FaceSigma)} must be in (0, 5] (was {FaceSigma})."
        : Bad(Motion, -Limit, Limit) ? $"{nameof(Motion)} must be in [-{Limit}, {Limit}] (was {Motion})."
        : Bad(Static, -Limit, Limit) ? $"{nameof(Static)} must be in [-{Limit}, {Limit}] (was {Static})."
        : Bad(Centre, -Limit, Limit) ? $"{nameof(Centre)} must be in [-{Limit}, {Limit}] (was {Centre})."
        : !double.IsFinite(CentreSigma) || CentreSigma is <= 0 or > 5 ? $"{nameof(CentreSigma)} must be in (0, 5] (was {CentreSigma})."
        : Bad(ModelSpread, -Limit, Limit) ? $"{nameof(ModelSpread)} must be in [-{Limit}, {Limit}] (was {ModelSpread})."
        : Bad(MotionSpread, -Limit, Limit) ? $"{nameof(MotionSpread)} must be in [-{Limit}, {Limit}] (was {MotionSpread})."
        : Bad(CentreAmbiguity, -Limit, Limit) ? $"{nameof(CentreAmbiguity)} must be in [-{Limit}, {Limit}] (was {CentreAmbiguity})."
        : Bad(ModelAmbiguity, -Limit, Limit) ? $"{nameof(ModelAmbiguity)} must be in [-{Limit}, {Limit}] (was {ModelAmbiguity})."
        : Bad(SmoothingSeconds, 0, 60) ? $"{nameof(SmoothingSeconds)} must be in [0, 60] (was {SmoothingSeconds})."
        : null;

    private static bool Bad(double value, double min, double max) => !double.IsFinite(value) || value < min || value > max;
}
