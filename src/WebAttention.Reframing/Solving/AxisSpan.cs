using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Solving;

/// <summary>
/// The inputs of one axis of one span of frames: everything <see cref="AxisProblemBuilder"/> needs.
/// </summary>
/// <param name="Axis">Which axis.</param>
/// <param name="Focus">Focus of the span's frames, in order.</param>
/// <param name="FrameExtent">Frame width (x) or height (y), pixels.</param>
/// <param name="WindowExtent">Window width (x) or height (y), pixels.</param>
/// <param name="Mode">Camera mode of the shot.</param>
/// <param name="Keyframes">Keyframes inside the span (frame → centre on this axis).</param>
/// <param name="Before">Fixed centres of up to 3 frames before the span, oldest first.</param>
/// <param name="After">Fixed centres of up to 3 frames after the span.</param>
internal sealed record AxisSpan(
    Axis Axis,
    IReadOnlyList<FrameFocus> Focus,
    int FrameExtent,
    int WindowExtent,
    CameraMode Mode,
    IReadOnlyDictionary<long, double> Keyframes,
    double[] Before,
    double[] After);
