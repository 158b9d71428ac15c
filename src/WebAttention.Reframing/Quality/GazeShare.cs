using WebAttention.Core.Reframing;

namespace WebAttention.Reframing.Quality;

/// <summary>A viewer's gaze sample in source pixels (zero-based column and row) on a frame.</summary>
public readonly record struct GazePoint(long Frame, double X, double Y);

/// <summary>
/// Crop quality against people: the share of viewers' gaze samples that a sequence of windows keeps, and the per-frame
/// oracle window (same size as the given window, placed to hold the most gaze samples of that frame). Pure.
/// </summary>
public static class GazeShare
{
    /// <summary>Gaze samples inside their frame's window, and samples on frames that have a window (pooled over frames).</summary>
    public static (int Inside, int Total) Count(IReadOnlyList<CropWindow> windows, IEnumerable<GazePoint> gaze)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(gaze);
        int inside = 0, total = 0;
        foreach (var g in gaze)
        {
            if (g.Frame < 0 || g.Frame >= windows.Count)
            {
                continue;
            }

            total++;
            if (Contains(windows[(int)g.Frame], g.X, g.Y))
            {
                inside++;
            }
        }

        return (inside, total);
    }

    /// <summary>Share (0–1) of gaze samples inside the windows; NaN without samples.</summary>
    public static double Share(IReadOnlyList<CropWindow> windows, IEnumerable<GazePoint> gaze)
    {
        var (inside, total) = Count(windows, gaze);
        return total > 0 ? (double)inside / total : double.NaN;
    }

    /// <summary>Per frame, the window of that frame's size moved (inside the source) to hold the most of its gaze; unchanged without gaze.</summary>
    public static IReadOnlyList<CropWindow> Oracle(IReadOnlyList<CropWindow> windows, IEnumerable<GazePoint> gaze, int sourceWidth, int sourceHeight)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(gaze);
        var byFrame = gaze.Where(g => g.Frame >= 0 && g.Frame < windows.Count).ToLookup(g => g.Frame);
        var result = windows.ToArray();
        foreach (var frame in byFrame)
        {
            result[frame.Key] = Best(windows[(int)frame.Key], [.. frame], sourceWidth, sourceHeight);
        }

        return result;
    }

    /// <summary>Whether pixel (x, y) lies in the window ([X, X + Width) × [Y, Y + Height)).</summary>
    public static bool Contains(CropWindow window, double x, double y) =>
        x >= window.X && x < window.Right && y >= window.Y && y < window.Bottom;

    // Some best position has a gaze sample on its left (or top) edge, or is clamped to the frame; try those.
    private static CropWindow Best(CropWindow window, GazePoint[] points, int sourceWidth, int sourceHeight)
    {
        int[] Candidates(Func<GazePoint, double> axis, int size, int extent) =>
            [.. points.Select(p => Math.Clamp((int)Math.Floor(axis(p)), 0, Math.Max(0, extent - size))).Append(0).Distinct()];

        var xs = Candidates(p => p.X, window.Width, sourceWidth);
        var ys = Candidates(p => p.Y, window.Height, sourceHeight);
        var best = window;
        var bestCount = points.Count(p => Contains(window, p.X, p.Y));
        foreach (var x in xs)
        {
            foreach (var y in ys)
            {
                var candidate = window with { X = x, Y = y };
                var count = points.Count(p => Contains(candidate, p.X, p.Y));
                if (count > bestCount)
                {
                    (best, bestCount) = (candidate, count);
                }
            }
        }

        return best;
    }
}
