namespace WebAttention.Reframing.Quality;

/// <summary>Measures of one sequence of windows.</summary>
/// <param name="SaliencyShare">Mean share of saliency mass inside the window (frames with mass only), 0–1; higher is better.</param>
/// <param name="Jerk">Mean |third difference| of the window centre (Euclidean, pixels/frame³), within shots; lower is smoother.</param>
/// <param name="CutsPerMinute">Source cuts plus camera jumps (centre moving more than a tenth of the frame width in one frame) per minute.</param>
public sealed record PathQuality(double SaliencyShare, double Jerk, double CutsPerMinute);
