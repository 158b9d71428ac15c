namespace WebAttention.Reframing.Model;

/// <summary>
/// How the focus of a frame is fused from the saliency map and the faces. The focus is the weighted mean
/// of: the saliency centroid (<see cref="CentroidWeight"/> × map confidence), the saliency peak
/// (<see cref="PeakWeight"/> × confidence) and every face centre (<see cref="FaceWeight"/> × face score),
/// faces weighing most as in AutoFlip. Faces scoring at least <see cref="RequiredFaceScore"/> are
/// required regions (grown by <see cref="FaceMargin"/>).
/// </summary>
public sealed record FocusOptions
{
    /// <summary>Weight of the centroid of the salient mass (values ≥ <see cref="MassThreshold"/> × peak). Default 1.</summary>
    public double CentroidWeight { get; init; } = 1.0;

    /// <summary>Weight of the single most salient point. Default 0.5.</summary>
    public double PeakWeight { get; init; } = 0.5;

    /// <summary>Weight of one face (times its score). Default 3: one confident face outweighs the map.</summary>
    public double FaceWeight { get; init; } = 3.0;

    /// <summary>Fraction of the frame's peak a map value needs to count as salient mass. Default 0.5.</summary>
    public double MassThreshold { get; init; } = 0.5;

    /// <summary>Faces below this score are ignored. Default 0.3.</summary>
    public double MinFaceScore { get; init; } = 0.3;

    /// <summary>Faces at or above this score must stay inside the window. Default 0.5.</summary>
    public double RequiredFaceScore { get; init; } = 0.5;

    /// <summary>Margin added around a required face on every side, as a fraction of its size. Default 0.1.</summary>
    public double FaceMargin { get; init; } = 0.1;

    /// <summary>
    /// Weight of the frame's centre as one more candidate (a prior: a weak or ambiguous map leaves the focus near the
    /// centre, a clear subject outweighs it). Default 0 (off); the video model's fitted value is in <c>video-v1.json</c>.
    /// </summary>
    public double CentreWeight { get; init; }

    /// <summary>The map's candidates weigh confidence to this power (above 1 trusts only clear maps). Default 1.</summary>
    public double ConfidencePower { get; init; } = 1.0;

    /// <summary>
    /// The output window's width as a fraction of the frame's (0, the default, leaves it out). When set, the map's
    /// candidate is the centre of the window of this size holding the most map mass (<see cref="Focus.MassWindowFocus"/>),
    /// pulled toward the frame centre unless it holds clearly more than the centred window (<see cref="CentreMargin"/>)
    /// instead of the centroid and peak.
    /// </summary>
    public double MassWindowWidth { get; init; }

    /// <summary>The output window's height as a fraction of the frame's (with <see cref="MassWindowWidth"/>).</summary>
    public double MassWindowHeight { get; init; } = 1.0;

    /// <summary>
    /// With <see cref="MassWindowWidth"/>: the gain in mass share over the centred window at which the focus goes halfway
    /// from the centre to the best window (0 goes all the way). Fitted by gaze share with the video model.
    /// </summary>
    public double CentreMargin { get; init; }

    /// <summary>Lowest data weight of a frame (flat or empty maps), so the path is still defined there. Default 0.05.</summary>
    public double MinWeight { get; init; } = 0.05;
}
