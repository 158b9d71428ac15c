namespace WebAttention.Pipeline.Motion;

/// <summary>
/// Fits a <see cref="CameraMotion"/> to block vectors by iteratively reweighted least squares with
/// Tukey's biweight, starting from the median translation, so blocks on moving objects drop out. Pure.
/// </summary>
internal static class RobustSimilarityFit
{
    private const int Iterations = 12;
    private const double Tukey = 4.685;

    /// <summary>The fitted motion and the fraction of vectors within <paramref name="inlierThreshold"/> pixels of it.</summary>
    public static (CameraMotion Motion, double InlierFraction) Fit(IReadOnlyList<BlockVector> vectors, double inlierThreshold)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var n = vectors.Count;
        if (n == 0)
        {
            return (CameraMotion.Identity, 0);
        }

        var residuals = new double[n];
        var weights = new double[n];
        var scratch = new double[n];
        for (var i = 0; i < n; i++)
        {
            scratch[i] = vectors[i].Dx;
        }

        var tx = Median(scratch);
        for (var i = 0; i < n; i++)
        {
            scratch[i] = vectors[i].Dy;
        }

        var motion = new CameraMotion(1, 0, tx, Median(scratch));
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Residuals(vectors, motion, residuals);
            residuals.CopyTo(scratch, 0);
            var sigma = 1.4826 * Median(scratch);
            var c = Tukey * Math.Max(sigma, inlierThreshold / 2);
            for (var i = 0; i < n; i++)
            {
                var u = residuals[i] / c;
                weights[i] = u < 1 ? (1 - u * u) * (1 - u * u) : 0;
            }

            var next = WeightedLeastSquares(vectors, weights) ?? motion;
            var change = Math.Abs(next.A - motion.A) + Math.Abs(next.B - motion.B) + Math.Abs(next.Tx - motion.Tx) + Math.Abs(next.Ty - motion.Ty);
            motion = next;
            if (change < 1e-6)
            {
                break;
            }
        }

        // Final least squares on the inliers alone, then count them against it.
        Residuals(vectors, motion, residuals);
        for (var i = 0; i < n; i++)
        {
            weights[i] = residuals[i] <= inlierThreshold ? 1 : 0;
        }

        motion = WeightedLeastSquares(vectors, weights) ?? motion;
        Residuals(vectors, motion, residuals);
        var inliers = residuals.Count(r => r <= inlierThreshold);
        return (motion, (double)inliers / n);
    }

    private static void Residuals(IReadOnlyList<BlockVector> vectors, CameraMotion motion, double[] residuals)
    {
        for (var i = 0; i < vectors.Count; i++)
        {
            var v = vectors[i];
            var (x, y) = motion.Apply(v.X, v.Y);
            residuals[i] = Math.Sqrt(Square(x - v.X - v.Dx) + Square(y - v.Y - v.Dy));
        }
    }

    // Closed-form weighted similarity fit (Umeyama without reflection): centre both point sets, then
    // A and B come from the cross terms; null when there is no weight at all.
    private static CameraMotion? WeightedLeastSquares(IReadOnlyList<BlockVector> vectors, double[] weights)
    {
        double total = 0, px = 0, py = 0, qx = 0, qy = 0;
        for (var i = 0; i < vectors.Count; i++)
        {
            var (v, w) = (vectors[i], weights[i]);
            total += w;
            px += w * v.X;
            py += w * v.Y;
            qx += w * (v.X + v.Dx);
            qy += w * (v.Y + v.Dy);
        }

        if (total <= 0)
        {
            return null;
        }

        (px, py, qx, qy) = (px / total, py / total, qx / total, qy / total);
        double spread = 0, dot = 0, cross = 0;
        for (var i = 0; i < vectors.Count; i++)
        {
            var (v, w) = (vectors[i], weights[i]);
            var (ax, ay) = (v.X - px, v.Y - py);
            var (bx, by) = (v.X + v.Dx - qx, v.Y + v.Dy - qy);
            spread += w * (ax * ax + ay * ay);
            dot += w * (ax * bx + ay * by);
            cross += w * (ax * by - ay * bx);
        }

        // Too few or clustered points to tell zoom and rotation: translation only.
        var (a, b) = spread > 1e-9 ? (dot / spread, cross / spread) : (1.0, 0.0);
        return new CameraMotion(a, b, qx - (a * px - b * py), qy - (b * px + a * py));
    }

    // Median by sorting the scratch copy in place (block counts are small).
    private static double Median(double[] values)
    {
        Array.Sort(values);
        var n = values.Length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static double Square(double v) => v * v;
}
