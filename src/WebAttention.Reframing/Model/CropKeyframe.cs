namespace WebAttention.Reframing.Model;

/// <summary>
/// A user-placed position of the window centre at one frame, in source pixels. Keyframes are hard
/// constraints: the solver passes exactly through them (clamped into the frame).
/// </summary>
/// <param name="Frame">Zero-based frame index.</param>
/// <param name="CenterX">Window centre, horizontal.</param>
/// <param name="CenterY">Window centre, vertical.</param>
/// <param name="Zoom">
/// Window size at the keyframe: 1 = the shot's planned window, 2 = half its width and height (never larger than the
/// largest window of the aspect). Between keyframes of a shot the size eases from one to the next; before the first
/// and after the last it eases back to the automatic size within <c>KeyframeZoom.EaseSeconds</c>, so a resize
/// shapes the path around its frame only.
/// </param>
public sealed record CropKeyframe(long Frame, double CenterX, double CenterY, double Zoom = 1);
