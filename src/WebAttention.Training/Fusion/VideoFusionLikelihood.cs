namespace WebAttention.Training.Fusion;

/// <summary>
/// Log-likelihood of gaze under the log-linear video model p(cell) ∝ exp(w · φ(cell)) (a product of experts over the
/// channels, <c>VideoChannelFusion</c>), and its maximisation over w. The log-likelihood is concave in w (linear terms minus
/// a log-sum-exp), so damped Newton steps with a backtracking line search find the maximum. Pure.
/// </summary>
public static class VideoFusionLikelihood
{
    /// <summary>Most iterations of Newton's method.</summary>
    public const int MaxIterations = 60;

    /// <summary>Sum of log p over the gaze samples, its gradient and Hessian at <paramref name="w"/>.</summary>
    public static (double LogLikelihood, double[] Gradient, double[,] Hessian) Evaluate(IReadOnlyList<VideoFitSample> samples, IReadOnlyList<double> w)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(w);
        var k = w.Count;
        double ll = 0;
        var gradient = new double[k];
        var hessian = new double[k, k];
        var mean = new double[k];
        var second = new double[k, k];
        foreach (var sample in samples)
        {
            if (sample.Total <= 0)
            {
                continue;
            }

            var n = sample.Counts.Length;
            var log = new double[n];
            var max = double.NegativeInfinity;
            for (var i = 0; i < n; i++)
            {
                double s = 0;
                for (var j = 0; j < k; j++)
                {
                    s += w[j] * sample.Features[j][i];
                }

                log[i] = s;
                max = Math.Max(max, s);
            }

            double z = 0;
            Array.Clear(mean);
            Array.Clear(second);
            for (var i = 0; i < n; i++)
            {
                var p = Math.Exp(log[i] - max);
                z += p;
                for (var a = 0; a < k; a++)
                {
                    var fa = sample.Features[a][i];
                    mean[a] += p * fa;
                    for (var b = a; b < k; b++)
                    {
                        second[a, b] += p * fa * sample.Features[b][i];
                    }
                }

                if (sample.Counts[i] > 0)
                {
                    ll += sample.Counts[i] * log[i];
                    for (var a = 0; a < k; a++)
                    {
                        gradient[a] += sample.Counts[i] * sample.Features[a][i];
                    }
                }
            }

            ll -= sample.Total * (max + Math.Log(z));
            for (var a = 0; a < k; a++)
            {
                mean[a] /= z;
            }

            for (var a = 0; a < k; a++)
            {
                gradient[a] -= sample.Total * mean[a];
                for (var b = a; b < k; b++)
                {
                    var cov = (second[a, b] / z) - (mean[a] * mean[b]);
                    hessian[a, b] -= sample.Total * cov;
                    hessian[b, a] = hessian[a, b];
                }
            }
        }

        return (ll, gradient, hessian);
    }

    /// <summary>Mean log-likelihood per gaze sample (nats) at <paramref name="w"/>.</summary>
    public static double Mean(IReadOnlyList<VideoFitSample> samples, IReadOnlyList<double> w)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var total = samples.Sum(s => s.Total);
        return total > 0 ? Evaluate(samples, w).LogLikelihood / total : double.NaN;
    }

    /// <summary>
    /// The weights that maximise the likelihood, starting from <paramref name="start"/>; weights whose index is in
    /// <paramref name="fixedIndices"/> keep their start value; every weight stays within [<paramref name="lower"/>, <paramref name="upper"/>].
    /// </summary>
    public static double[] Fit(IReadOnlyList<VideoFitSample> samples, IReadOnlyList<double> start, IReadOnlyList<double> lower, IReadOnlyList<double> upper, ISet<int>? fixedIndices = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        var k = start.Count;
        var w = start.ToArray();
        var free = Enumerable.Range(0, k).Where(j => fixedIndices is null || !fixedIndices.Contains(j)).ToArray();
        var current = Evaluate(samples, w);
        for (var iteration = 0; iteration < MaxIterations && free.Length > 0; iteration++)
        {
            var step = NewtonStep(current.Gradient, current.Hessian, free);
            var improved = false;
            for (var scale = 1.0; scale > 1e-6; scale /= 2)
            {
                var trial = w.ToArray();
                for (var f = 0; f < free.Length; f++)
                {
                    var j = free[f];
                    trial[j] = Math.Clamp(w[j] + (scale * step[f]), lower[j], upper[j]);
                }

                var next = Evaluate(samples, trial);
                if (next.LogLikelihood > current.LogLikelihood)
                {
                    var gain = next.LogLikelihood - current.LogLikelihood;
                    (w, current, improved) = (trial, next, true);
                    if (gain < 1e-9 * Math.Max(1, Math.Abs(next.LogLikelihood)))
                    {
                        improved = false;
                    }

                    break;
                }
            }

            if (!improved)
            {
                break;
            }
        }

        return w;
    }

    // Solves (−H) d = g on the free weights (a tiny ridge keeps a channel that is absent everywhere solvable).
    private static double[] NewtonStep(double[] gradient, double[,] hessian, int[] free)
    {
        var m = free.Length;
        var a = new double[m, m + 1];
        for (var r = 0; r < m; r++)
        {
            for (var c = 0; c < m; c++)
            {
                a[r, c] = -hessian[free[r], free[c]] + (r == c ? 1e-6 * (1 + Math.Abs(hessian[free[r], free[r]])) : 0);
            }

            a[r, m] = gradient[free[r]];
        }

        for (var col = 0; col < m; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < m; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }

            for (var c = 0; c <= m; c++)
            {
                (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
            }

            var d = a[col, col];
            if (Math.Abs(d) < 1e-300)
            {
                continue;
            }

            for (var r = 0; r < m; r++)
            {
                if (r == col)
                {
                    continue;
                }

                var f = a[r, col] / d;
                for (var c = col; c <= m; c++)
                {
                    a[r, c] -= f * a[col, c];
                }
            }
        }

        var step = new double[m];
        for (var r = 0; r < m; r++)
        {
            step[r] = Math.Abs(a[r, r]) < 1e-300 ? 0 : a[r, m] / a[r, r];
        }

        return step;
    }
}
