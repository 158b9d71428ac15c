using WebAttention.Core.Reframing;
using WebAttention.Core.Saliency;
using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Quality;

/// <summary>Baseline window sequences with the path's per-shot window sizes.</summary>
public static class ReframeBaselines
{
    /// <summary>Every window centred in the frame.</summary>
    public static IReadOnlyList<CropWindow> CentreCrop(CropPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return [.. path.Frames.Select(w => w with { X = (path.SourceWidth - w.Width) / 2, Y = (path.SourceHeight - w.Height) / 2 })];
    }

    /// <summary>Per frame, the window position holding the most saliency mass (no smoothing), searched on the map grid.</summary>
    public static IReadOnlyList<CropWindow> Greedy(CropPath path, IReadOnlyList<SaliencyMap> maps)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(maps);
        if (maps.Count != path.FrameCount)
        {
            throw new ArgumentException($"Need one map a frame ({path.FrameCount}), got {maps.Count}.", nameof(maps));
        }

        var windows = new CropWindow[path.FrameCount];
        for (var i = 0; i < windows.Length; i++)
        {
            windows[i] = Best(maps[i], path.Frames[i], path.SourceWidth, path.SourceHeight);
        }

        return windows;
    }

    private static CropWindow Best(SaliencyMap map, CropWindow window, int sourceWidth, int sourceHeight)
    {
        var sums = Integral(map);
        var sx = (double)sourceWidth / map.Width;
        var sy = (double)sourceHeight / map.Height;
        var cw = Math.Max(1, (int)Math.Round(window.Width / sx));
        var ch = Math.Max(1, (int)Math.Round(window.Height / sy));
        double best = -1;
        var (bx, by) = (0, 0);
        for (var y = 0; y + ch <= map.Height; y++)
        {
            for (var x = 0; x + cw <= map.Width; x++)
            {
                var w = map.Width + 1;
                var mass = sums[((y + ch) * w) + x + cw] - sums[(y * w) + x + cw] - sums[((y + ch) * w) + x] + sums[(y * w) + x];
                if (mass > best)
                {
                    (best, bx, by) = (mass, x, y);
                }
            }
        }

        var cx = (bx + (cw / 2.0)) * sx;
        var cy = (by + (ch / 2.0)) * sy;
        return window with
        {
            X = Math.Clamp((int)Math.Round(cx - (window.Width / 2.0)), 0, sourceWidth - window.Width),
            Y = Math.Clamp((int)Math.Round(cy - (window.Height / 2.0)), 0, sourceHeight - window.Height),
        };
    }

    private static double[] Integral(SaliencyMap map)
    {
        var w = map.Width + 1;
        var sums = new double[w * (map.Height + 1)];
        for (var y = 0; y < map.Height; y++)
        {
            double row = 0;
            for (var x = 0; x < map.Width; x++)
            {
                row += Math.Max(0, map.Values[(y * map.Width) + x]);
                sums[((y + 1) * w) + x + 1] = sums[(y * w) + x + 1] + row;
            }
        }

        return sums;
    }
}
