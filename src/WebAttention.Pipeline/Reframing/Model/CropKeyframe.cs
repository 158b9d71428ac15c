namespace WebAttention.Pipeline.Reframing.Model;

/// <summary>
/// A user-placed position of the window centre at one frame, in source pixels. Keyframes are hard
/// constraints: the solver passes exactly through them (clamped into the frame).
/// </summary>
/// <param name="Frame">Zero-based frame index.</param>
/// <param name="CenterX">Window centre, horizontal.</param>
/// <param name="CenterY">Window centre, vertical.</param>
/// <param name="Zoom">
/// Window size at the keyframe: 1 = the shot's planned window, 2 = half its width and height (never larger than the
/// largest window of the aspect). Between keyframes of a shot the size is interpolated; before the first and after
/// the last it is held.
/// </param>
public sealed record CropKeyframe(long Frame, double CenterX, double CenterY, double Zoom = 1);
