using WebAttention.Core.Saliency;
using WebAttention.Reframing.Solving;

namespace WebAttention.Reframing.Tests.Support;

/// <summary>Synthetic maps and a solver stand-in for the reframing tests.</summary>
internal static class ReframingFrames
{
    /// <summary>A map with one Gaussian blob at (cx, cy), map pixels.</summary>
    public static SaliencyMap Blob(long frame, int width, int height, double cx, double cy, double sigma = 2)
    {
        var values = new float[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var d2 = ((x + 0.5 - cx) * (x + 0.5 - cx)) + ((y + 0.5 - cy) * (y + 0.5 - cy));
                values[(y * width) + x] = (float)Math.Exp(-d2 / (2 * sigma * sigma));
            }
        }

        return new SaliencyMap(frame, width, height, values);
    }

    /// <summary>Solver stand-in: each centre goes to its target (or keyframe), clamped into the bounds; no smoothing.</summary>
    public sealed class GreedyAxisSolver : IAxisPathSolver
    {
        public int Calls { get; private set; }

        public double[]? Solve(AxisProblem problem, CancellationToken cancellationToken)
        {
            Calls++;
            return [.. Enumerable.Range(0, problem.Length).Select(t =>
                double.IsNaN(problem.Fixed[t]) ? Math.Clamp(problem.Target[t], problem.Lower[t], problem.Upper[t]) : problem.Fixed[t])];
        }
    }
}
