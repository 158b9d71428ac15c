using WebAttention.Core.Reframing;
using WebAttention.Core.Saliency;

namespace WebAttention.Reframing.Quality;

/// <summary>
/// Saliency mass inside a window, with the map stretched over the source frame (a map pixel counts when
/// its centre falls inside the window).
/// </summary>
public static class WindowMass
{
    /// <summary>Share (0–1) of the map's mass inside <paramref name="window"/>; NaN for a map without mass.</summary>
    public static double Share(SaliencyMap map, CropWindow window, int sourceWidth, int sourceHeight)
    {
        ArgumentNullException.ThrowIfNull(map);
        var (x0, x1) = MapRange(window.X, window.Right, sourceWidth, map.Width);
        var (y0, y1) = MapRange(window.Y, window.Bottom, sourceHeight, map.Height);
        double total = 0, inside = 0;
        for (var y = 0; y < map.Height; y++)
        {
            for (var x = 0; x < map.Width; x++)
            {
                var v = Math.Max(0, map.Values[(y * map.Width) + x]);
                total += v;
                if (x >= x0 && x < x1 && y >= y0 && y < y1)
                {
                    inside += v;
                }
            }
        }

        return total > 0 ? inside / total : double.NaN;
    }

    /// <summary>Map columns (or rows) [from, to) whose centres lie in source pixels [start, end).</summary>
    public static (int From, int To) MapRange(double start, double end, int sourceExtent, int mapExtent)
    {
        var scale = (double)mapExtent / sourceExtent;
        var from = (int)Math.Ceiling((start * scale) - 0.5);
        var to = (int)Math.Ceiling((end * scale) - 0.5);
        return (Math.Clamp(from, 0, mapExtent), Math.Clamp(to, 0, mapExtent));
    }
}
