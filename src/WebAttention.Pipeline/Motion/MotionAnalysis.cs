namespace WebAttention.Pipeline.Motion;

/// <summary>What <see cref="MotionEstimator.Analyse(MotionHistory, WebAttention.Core.Media.VideoFrame, WebAttention.Core.Media.FrameSize)"/> found for a frame against the frames before it.</summary>
/// <param name="Verdict">Whether anything moved, and whether the current frame could be compared with the previous one at all.</param>
/// <param name="Camera">The camera's motion from the previous frame to the current one, in the analysed frame's pixels (identity when not comparable).</param>
/// <param name="InlierFraction">Fraction of textured blocks that moved with the camera (0 when there were too few blocks to fit a model).</param>
/// <param name="Blocks">Textured blocks matched.</param>
/// <param name="NoiseFloor">Grey levels subtracted from the residual against the previous frame as noise.</param>
/// <param name="Map">Motion energy on the grid asked for, row-major, peak 1 (all zeros unless <see cref="MotionVerdict.Moving"/>).</param>
/// <param name="ComparedWithBeforePrevious">
/// Whether the map is the three-frame one (the minimum of the residuals against the previous frame and the one before it);
/// false when there was no frame before the previous one or it was not comparable (the two-frame map).
/// </param>
public sealed record MotionAnalysis(
    MotionVerdict Verdict, CameraMotion Camera, double InlierFraction, int Blocks, double NoiseFloor, float[] Map, bool ComparedWithBeforePrevious = false);

/// <summary>Outcome of comparing two frames.</summary>
public enum MotionVerdict
{
    /// <summary>Something moved against the camera's motion beyond the noise floor.</summary>
    Moving,

    /// <summary>Nothing moved apart from the camera.</summary>
    Still,

    /// <summary>
    /// Too few blocks agreeing with one camera model, a zoom or rotation too large, or (with too little
    /// texture to fit a model) most of the frame changed: a cut or a whip pan.
    /// </summary>
    NotComparable,
}
