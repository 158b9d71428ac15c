using WebAttention.Core.Saliency;
using WebAttention.Training.Datasets;

namespace WebAttention.Training.Video;

/// <summary>Gaze samples on a map grid and their log-likelihood under maps taken as distributions over the grid. Pure.</summary>
public static class GazeCells
{
    /// <summary>Maps values are floored at this fraction of the frame's peak so a sample on an empty cell stays finite.</summary>
    public const double Floor = 1e-6;

    /// <summary>The grid cell (row-major index) of a sample at pixel (x, y) of a <paramref name="width"/> × <paramref name="height"/> frame, or −1 outside it.</summary>
    public static int Cell(double x, double y, int width, int height, int gridWidth, int gridHeight)
    {
        if (!(x >= 0 && y >= 0 && x < width && y < height))
        {
            return -1;
        }

        var cx = Math.Min(gridWidth - 1, (int)(x * gridWidth / width));
        var cy = Math.Min(gridHeight - 1, (int)(y * gridHeight / height));
        return (cy * gridWidth) + cx;
    }

    /// <summary>Sum of log p(cell of each sample) over the samples of every frame (map f for frame f), and how many samples counted.</summary>
    public static (double Sum, int Count) LogLikelihood(IReadOnlyList<SaliencyMap> maps, GazeVideo video, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(maps);
        ArgumentNullException.ThrowIfNull(video);
        double sum = 0;
        var count = 0;
        foreach (var frame in video.ByFrame)
        {
            if (frame.Key >= maps.Count)
            {
                continue;
            }

            var map = maps[frame.Key];
            var peak = map.Values.Max();
            var floor = Math.Max(peak, 1e-30) * Floor;
            var total = map.Values.Sum(v => Math.Max(v, floor));
            foreach (var s in frame)
            {
                var cell = Cell(s.X, s.Y, width, height, map.Width, map.Height);
                if (cell >= 0)
                {
                    sum += Math.Log(Math.Max(map.Values[cell], floor) / total);
                    count++;
                }
            }
        }

        return (sum, count);
    }
}
