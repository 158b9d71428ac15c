using WebAttention.Core.Reframing;
using WebAttention.Core.Saliency;
using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Quality;

/// <summary>Pure measures of a crop path against the fixed centre crop and the per-frame greedy window.</summary>
public static class ReframeBenchmark
{
    /// <summary>A camera jump: the centre moving more than this fraction of the frame width in one frame.</summary>
    public const double JumpFraction = 0.1;

    /// <summary>Measures <paramref name="path"/> and both baselines on <paramref name="maps"/> (one a frame).</summary>
    public static ReframeBenchmarkResult Run(CropPath path, IReadOnlyList<SaliencyMap> maps)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(maps);
        return new ReframeBenchmarkResult(
            Measure(path, path.Frames, maps),
            Measure(path, ReframeBaselines.CentreCrop(path), maps),
            Measure(path, ReframeBaselines.Greedy(path, maps), maps));
    }

    /// <summary>Measures one window sequence with the path's shots, source size and frame rate.</summary>
    public static PathQuality Measure(CropPath path, IReadOnlyList<CropWindow> windows, IReadOnlyList<SaliencyMap> maps)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(maps);
        if (maps.Count != windows.Count)
        {
            throw new ArgumentException($"Need one map a window ({windows.Count}), got {maps.Count}.", nameof(maps));
        }

        var shares = Enumerable.Range(0, windows.Count)
            .Select(i => WindowMass.Share(maps[i], windows[i], path.SourceWidth, path.SourceHeight))
            .Where(double.IsFinite)
            .ToList();
        var minutes = windows.Count / path.FrameRate / 60;
        var cuts = path.Shots.Count - 1 + path.Shots.Sum(s => Jumps(windows, s, JumpFraction * path.SourceWidth));
        return new PathQuality(
            shares.Count > 0 ? shares.Average() : double.NaN,
            Jerk(windows, path.Shots),
            minutes > 0 ? cuts / minutes : 0);
    }

    /// <summary>Mean Euclidean |third difference| of the window centre over all runs of 4 frames inside one shot; 0 when there are none.</summary>
    public static double Jerk(IReadOnlyList<CropWindow> windows, IReadOnlyList<ShotPlan> shots)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(shots);
        double sum = 0;
        long count = 0;
        foreach (var shot in shots)
        {
            for (var t = shot.FirstFrame; t + 3 < shot.EndFrame; t++)
            {
                var i = (int)t;
                var dx = windows[i + 3].CenterX - (3 * windows[i + 2].CenterX) + (3 * windows[i + 1].CenterX) - windows[i].CenterX;
                var dy = windows[i + 3].CenterY - (3 * windows[i + 2].CenterY) + (3 * windows[i + 1].CenterY) - windows[i].CenterY;
                sum += Math.Sqrt((dx * dx) + (dy * dy));
                count++;
            }
        }

        return count > 0 ? sum / count : 0;
    }

    private static int Jumps(IReadOnlyList<CropWindow> windows, ShotPlan shot, double threshold)
    {
        var jumps = 0;
        for (var t = shot.FirstFrame + 1; t < shot.EndFrame; t++)
        {
            var a = windows[(int)t - 1];
            var b = windows[(int)t];
            if (Math.Abs(b.CenterX - a.CenterX) > threshold || Math.Abs(b.CenterY - a.CenterY) > threshold)
            {
                jumps++;
            }
        }

        return jumps;
    }
}
