namespace WebAttention.Inference.Faces;

/// <summary>
/// Weighted non-maximum suppression, as MediaPipe's detectors use it: take the best remaining box, gather every
/// remaining box overlapping it by more than the threshold (itself included), and replace the group with the
/// score-weighted mean of their corners, keeping the best score. Steadier than plain NMS, which keeps one box
/// of the group as it is. Pure.
/// </summary>
public static class WeightedNms
{
    /// <summary>The merged boxes, best first.</summary>
    /// <param name="candidates">Boxes in one coordinate space.</param>
    /// <param name="iouThreshold">Boxes overlapping the group's best by more than this IoU join the group.</param>
    public static List<FaceCandidate> Apply(IEnumerable<FaceCandidate> candidates, double iouThreshold)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (iouThreshold is < 0 or > 1 || double.IsNaN(iouThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(iouThreshold), iouThreshold, "IoU threshold must be in [0, 1].");
        }

        var remaining = candidates.Where(c => c.Area > 0 && c.Score > 0).OrderByDescending(c => c.Score).ToList();
        var merged = new List<FaceCandidate>();
        while (remaining.Count > 0)
        {
            var best = remaining[0];
            var group = remaining.Where(c => c == best || best.IoU(c) > iouThreshold).ToList();
            remaining.RemoveAll(group.Contains);
            merged.Add(Blend(group, best.Score));
        }

        return merged;
    }

    private static FaceCandidate Blend(List<FaceCandidate> group, double score)
    {
        double total = 0, x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        foreach (var c in group)
        {
            total += c.Score;
            x0 += c.Score * c.X;
            y0 += c.Score * c.Y;
            x1 += c.Score * (c.X + c.W);
            y1 += c.Score * (c.Y + c.H);
        }

        x0 /= total;
        y0 /= total;
        x1 /= total;
        y1 /= total;
        return new FaceCandidate(x0, y0, x1 - x0, y1 - y0, score);
    }
}
