using WebAttention.Core.Media;

namespace WebAttention.Reframing.Model;

/// <summary>
/// Where the window of one frame should be centred, how much that matters, and what it must contain;
/// source pixels.
/// </summary>
/// <param name="Frame">Zero-based frame index.</param>
/// <param name="X">Preferred centre, horizontal.</param>
/// <param name="Y">Preferred centre, vertical.</param>
/// <param name="Weight">Weight of the data term for this frame (0–1; low for flat or empty maps).</param>
/// <param name="Required">Content the window must contain (the faces), or null.</param>
public sealed record FrameFocus(long Frame, double X, double Y, double Weight, PixelRect? Required = null);
