using WebAttention.Pipeline.Fusion;

namespace WebAttention.Training.Fusion;

/// <summary>
/// Log-likelihood of fixations under the fused map taken as a probability distribution over the grid,
/// p(c) ∝ model(c) · exp(w · face(c)) (<see cref="ChannelFusion"/>), and its maximisation over the face weight
/// w and the blob width σ (<see cref="FaceBlobs"/>). For fixed σ the log-likelihood is concave in w (a linear
/// term minus a log-sum-exp), so Newton's method finds w; σ is searched on a grid, then refined by golden
/// section. Pure.
/// </summary>
public static class FusionLikelihood
{
    /// <summary>Model values are floored at this fraction of the peak so a fixation on a near-zero cell stays finite.</summary>
    public const double ModelFloor = 1e-9;

    /// <summary>Largest face weight searched (FusionWeights allows up to 20).</summary>
    public const double MaxFaceWeight = 20;

    /// <summary>
    /// Sum over the image's fixations of log p(cell), with the first and second derivatives in <paramref name="weight"/>.
    /// An empty <paramref name="face"/> means no faces (the model's own distribution).
    /// </summary>
    public static (double LogLikelihood, double Gradient, double Curvature) Evaluate(FusionSample sample, ReadOnlySpan<float> face, double weight)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var n = sample.Model.Length;
        var total = sample.FixationCount;
        double peak = 0;
        foreach (var m in sample.Model)
        {
            peak = Math.Max(peak, m);
        }

        var floor = Math.Max(peak, 1e-30) * ModelFloor;
        double z = 0, mean = 0, second = 0, linear = 0;
        double maxLog = double.NegativeInfinity;
        Span<double> log = n <= 4096 ? stackalloc double[n] : new double[n];
        for (var i = 0; i < n; i++)
        {
            var f = face.IsEmpty ? 0 : face[i];
            log[i] = Math.Log(Math.Max(sample.Model[i], floor)) + (weight * f);
            maxLog = Math.Max(maxLog, log[i]);
            linear += sample.Counts[i] * log[i];
        }

        for (var i = 0; i < n; i++)
        {
            var f = face.IsEmpty ? 0 : face[i];
            var p = Math.Exp(log[i] - maxLog);
            z += p;
            mean += p * f;
            second += p * f * f;
        }

        mean /= z;
        var variance = (second / z) - (mean * mean);
        var logZ = maxLog + Math.Log(z);
        var countsOnFaces = 0.0;
        if (!face.IsEmpty)
        {
            for (var i = 0; i < n; i++)
            {
                countsOnFaces += sample.Counts[i] * face[i];
            }
        }

        return (linear - (total * logZ), countsOnFaces - (total * mean), -total * Math.Max(0, variance));
    }

    /// <summary>The face map of <paramref name="sample"/> for blob width <paramref name="sigma"/> (empty when it has no faces).</summary>
    public static float[] FaceMap(FusionSample sample, double sigma)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Faces.Count == 0)
        {
            return [];
        }

        var map = new float[sample.Cols * sample.Rows];
        FaceBlobs.Render(sample.Faces, sample.Cols, sample.Rows, sigma, map);
        return map;
    }

    /// <summary>Mean log-likelihood a fixation (nats) over <paramref name="samples"/> at the given face weight and σ.</summary>
    public static double Mean(IReadOnlyList<FusionSample> samples, double weight, double sigma)
    {
        ArgumentNullException.ThrowIfNull(samples);
        double sum = 0, count = 0;
        foreach (var sample in samples)
        {
            sum += Evaluate(sample, weight > 0 ? FaceMap(sample, sigma) : [], weight).LogLikelihood;
            count += sample.FixationCount;
        }

        return count == 0 ? double.NaN : sum / count;
    }

    /// <summary>The face weight in [0, <see cref="MaxFaceWeight"/>] that maximises the likelihood at blob width <paramref name="sigma"/>, and that mean log-likelihood.</summary>
    public static (double Weight, double MeanLogLikelihood) FitWeight(IReadOnlyList<FusionSample> samples, double sigma)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var maps = samples.Select(s => FaceMap(s, sigma)).ToArray();
        var count = samples.Sum(s => s.FixationCount);
        (double Ll, double G, double H) Total(double w)
        {
            double ll = 0, g = 0, h = 0;
            for (var i = 0; i < samples.Count; i++)
            {
                var (a, b, c) = Evaluate(samples[i], maps[i], w);
                ll += a;
                g += b;
                h += c;
            }

            return (ll, g, h);
        }

        var weight = 1.0;
        var current = Total(weight);
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var step = current.H < 0 ? -current.G / current.H : Math.Sign(current.G);
            var next = Math.Clamp(weight + step, 0, MaxFaceWeight);
            var candidate = Total(next);
            // Concave objective: Newton overshoot is rare, but halve the step until it does not decrease.
            for (var halving = 0; halving < 30 && candidate.Ll < current.Ll; halving++)
            {
                next = weight + ((next - weight) / 2);
                candidate = Total(next);
            }

            var moved = Math.Abs(next - weight);
            if (candidate.Ll >= current.Ll)
            {
                (weight, current) = (next, candidate);
            }

            if (moved < 1e-6)
            {
                break;
            }
        }

        return (weight, count == 0 ? double.NaN : current.Ll / count);
    }

    /// <summary>
    /// Best (face weight, σ): each σ of <paramref name="sigmaGrid"/> gets its best weight; golden-section search then
    /// refines σ between the best grid value's neighbours.
    /// </summary>
    public static (double Weight, double Sigma, double MeanLogLikelihood) Fit(IReadOnlyList<FusionSample> samples, IReadOnlyList<double> sigmaGrid, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(sigmaGrid);
        if (sigmaGrid.Count == 0 || sigmaGrid.Any(s => !(s > 0) || s > 5))
        {
            throw new ArgumentException("The σ grid needs values in (0, 5].", nameof(sigmaGrid));
        }

        var grid = sigmaGrid.Order().ToArray();
        var results = new (double Weight, double Ll)[grid.Length];
        for (var i = 0; i < grid.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results[i] = FitWeight(samples, grid[i]);
        }

        var best = Array.IndexOf(results, results.MaxBy(r => r.Ll));
        var (lo, hi) = (grid[Math.Max(0, best - 1)], grid[Math.Min(grid.Length - 1, best + 1)]);
        var (bestSigma, bestWeight, bestLl) = (grid[best], results[best].Weight, results[best].Ll);
        var ratio = (Math.Sqrt(5) - 1) / 2;
        var a = hi - (ratio * (hi - lo));
        var b = lo + (ratio * (hi - lo));
        var fa = FitWeight(samples, a);
        var fb = FitWeight(samples, b);
        for (var iteration = 0; iteration < 12 && hi - lo > 1e-3; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (fa.MeanLogLikelihood >= fb.MeanLogLikelihood)
            {
                (hi, b, fb) = (b, a, fa);
                a = hi - (ratio * (hi - lo));
                fa = FitWeight(samples, a);
            }
            else
            {
                (lo, a, fa) = (a, b, fb);
                b = lo + (ratio * (hi - lo));
                fb = FitWeight(samples, b);
            }
        }

        foreach (var (sigma, fit) in new[] { (a, fa), (b, fb) })
        {
            if (fit.MeanLogLikelihood > bestLl)
            {
                (bestSigma, bestWeight, bestLl) = (sigma, fit.Weight, fit.MeanLogLikelihood);
            }
        }

        return (bestWeight, bestSigma, bestLl);
    }
}
