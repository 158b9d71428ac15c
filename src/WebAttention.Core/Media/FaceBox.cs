namespace WebAttention.Core.Media;

/// <summary>
/// A detected face in one frame, normalised to the frame (0–1 from the top-left corner). Faces are
/// required regions: the crop keeps them inside when they fit (else it pads).
/// </summary>
/// <param name="Frame">Zero-based frame index.</param>
/// <param name="X">Left edge, 0–1 of the frame width.</param>
/// <param name="Y">Top edge, 0–1 of the frame height.</param>
/// <param name="W">Width, 0–1 of the frame width.</param>
/// <param name="H">Height, 0–1 of the frame height.</param>
/// <param name="Score">Detector confidence, 0–1.</param>
public sealed record FaceBox(long Frame, double X, double Y, double W, double H, double Score)
{
    /// <summary>The box in pixels of a frame of <paramref name="frameWidth"/> × <paramref name="frameHeight"/>, clipped to it.</summary>
    public PixelRect ToPixels(int frameWidth, int frameHeight)
    {
        var (x, y, w, h) = WebAttention.Core.Media.FaceBoxSpace.NormalisedToPixels(frameWidth, frameHeight).Box(X, Y, W, H);
        return new PixelRect(x, y, w, h).ClipTo(frameWidth, frameHeight);
    }
}
