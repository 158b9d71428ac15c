using WebAttention.Core.Media;
using WebAttention.Pipeline.Metrics;

namespace WebAttention.Cli.Evaluation;

/// <summary>Pure mapping of recorded fixations to pixels of an image grid.</summary>
public static class FixationGrid
{
    /// <summary>The pixel holding each fixation (floor of x and y); fixations outside the image are dropped.</summary>
    public static List<FixationPoint> ToPixels(IEnumerable<SubjectFixation> fixations, FrameSize size)
    {
        ArgumentNullException.ThrowIfNull(fixations);
        var points = new List<FixationPoint>();
        foreach (var f in fixations)
        {
            if (double.IsFinite(f.X) && double.IsFinite(f.Y) && f.X >= 0 && f.Y >= 0 && f.X < size.Width && f.Y < size.Height)
            {
                points.Add(new FixationPoint((int)f.X, (int)f.Y));
            }
        }

        return points;
    }
}
