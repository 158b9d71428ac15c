using WebAttention.Core.Media;

namespace WebAttention.Inference.Faces;

/// <summary>Combines the detections of a frame's views into its faces. Pure.</summary>
public static class FaceDetections
{
    /// <summary>
    /// Maps each view's boxes (normalised to its input) to the frame, merges them by weighted suppression and
    /// clips them to the frame; boxes whose centre lies outside the frame (in the letterbox padding) are dropped,
    /// and so are boxes narrower or shorter than <paramref name="minSidePixels"/> frame pixels (too few pixels to
    /// hold a face: on test patterns and textures such tiny boxes are false detections).
    /// </summary>
    public static List<FaceBox> Merge(long frame, int width, int height, IEnumerable<(SquareView View, IReadOnlyList<FaceCandidate> Boxes)> views, double iouThreshold, double minSidePixels = 0)
    {
        ArgumentNullException.ThrowIfNull(views);
        var inFrame = views.SelectMany(v => v.Boxes.Select(b => v.View.ToFrame(b, width, height)));
        var faces = new List<FaceBox>();
        foreach (var box in WeightedNms.Apply(inFrame, iouThreshold))
        {
            var (cx, cy) = (box.X + (box.W / 2), box.Y + (box.H / 2));
            var (pixelsWide, pixelsHigh) = FaceBoxSpace.NormalisedToPixels(width, height).Size(box.W, box.H);
            if (cx is < 0 or > 1 || cy is < 0 or > 1 || Math.Min(pixelsWide, pixelsHigh) < minSidePixels)
            {
                continue;
            }

            var x0 = Math.Clamp(box.X, 0, 1);
            var y0 = Math.Clamp(box.Y, 0, 1);
            var x1 = Math.Clamp(box.X + box.W, 0, 1);
            var y1 = Math.Clamp(box.Y + box.H, 0, 1);
            faces.Add(new FaceBox(frame, x0, y0, x1 - x0, y1 - y0, Math.Clamp(box.Score, 0, 1)));
        }

        return faces;
    }
}
