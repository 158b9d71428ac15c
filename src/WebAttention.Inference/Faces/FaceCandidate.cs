namespace WebAttention.Inference.Faces;

/// <summary>A face box before suppression, normalised to whatever space it was decoded in (0–1 from the top-left).</summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="W">Width.</param>
/// <param name="H">Height.</param>
/// <param name="Score">Confidence, 0–1.</param>
public readonly record struct FaceCandidate(double X, double Y, double W, double H, double Score)
{
    /// <summary>Area of the box.</summary>
    public double Area => Math.Max(0, W) * Math.Max(0, H);

    /// <summary>Intersection over union with <paramref name="other"/> (0 when either box is empty).</summary>
    public double IoU(FaceCandidate other)
    {
        var ix = Math.Min(X + W, other.X + other.W) - Math.Max(X, other.X);
        var iy = Math.Min(Y + H, other.Y + other.H) - Math.Max(Y, other.Y);
        if (ix <= 0 || iy <= 0)
        {
            return 0;
        }

        var intersection = ix * iy;
        var union = Area + other.Area - intersection;
        return union <= 0 ? 0 : intersection / union;
    }
}
