using WebAttention.Core.Media;

namespace WebAttention.Inference.Faces;

/// <summary>
/// A square region of a frame, in frame pixels, that is scaled to the detector's square input. It may reach
/// past the frame (a letterbox); the part outside is padding.
/// </summary>
/// <param name="Left">Left edge (negative for a letterbox padded on the left).</param>
/// <param name="Top">Top edge.</param>
/// <param name="Side">Side length.</param>
public readonly record struct SquareView(double Left, double Top, double Side)
{
    /// <summary>
    /// Maps a box normalised to this view's input (0–1) to a box normalised to the
    /// <paramref name="frameWidth"/>×<paramref name="frameHeight"/> frame.
    /// </summary>
    public FaceCandidate ToFrame(FaceCandidate box, int frameWidth, int frameHeight)
    {
        var (x, y, w, h) = FaceBoxSpace.SquareViewToNormalised(Left, Top, Side, frameWidth, frameHeight).Box(box.X, box.Y, box.W, box.H);
        return new(x, y, w, h, box.Score);
    }
}
