namespace WebAttention.Pipeline.Reframing.Model;

/// <summary>
/// A user-placed position of the window centre at one frame, in source pixels. Keyframes are hard
/// constraints: the solver passes exactly through them (clamped into the frame).
/// </summary>
/// <param name="Frame">Zero-based frame index.</param>
/// <param name="CenterX">Window centre, horizontal.</param>
/// <param name="CenterY">Window centre, vertical.</param>
public sealed record CropKeyframe(long Frame, double CenterX, double CenterY);
