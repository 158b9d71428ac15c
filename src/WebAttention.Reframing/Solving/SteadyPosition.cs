namespace WebAttention.Reframing.Solving;

/// <summary>The single position of a steady shot: the L1-optimal constant (weighted median), clamped into the feasible band.</summary>
public static class SteadyPosition
{
    /// <summary>
    /// The constant c minimising Σ wₜ|c − targetₜ| subject to max(lower) ≤ c ≤ min(upper); null when no constant
    /// fits every frame's bounds.
    /// </summary>
    public static double? Solve(ReadOnlySpan<double> target, ReadOnlySpan<double> weight, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper)
    {
        if (target.Length == 0 || weight.Length != target.Length || lower.Length != target.Length || upper.Length != target.Length)
        {
            throw new ArgumentException("Spans must be non-empty and of equal length.", nameof(target));
        }

        double lo = double.NegativeInfinity, hi = double.PositiveInfinity;
        for (var i = 0; i < target.Length; i++)
        {
            lo = Math.Max(lo, lower[i]);
            hi = Math.Min(hi, upper[i]);
        }

        if (lo > hi + 1e-9)
        {
            return null;
        }

        return Math.Clamp(WeightedMedian(target, weight), lo, Math.Max(lo, hi));
    }

    /// <summary>The weighted median (lower one on ties); the plain median when all weights are zero.</summary>
    public static double WeightedMedian(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        var order = Enumerable.Range(0, values.Length).ToArray();
        var v = values.ToArray();
        var w = weights.ToArray();
        Array.Sort(order, (a, b) => v[a].CompareTo(v[b]));
        var total = w.Sum(x => Math.Max(0, x));
        if (!(total > 0))
        {
            return v[order[(order.Length - 1) / 2]];
        }

        double acc = 0;
        foreach (var i in order)
        {
            acc += Math.Max(0, w[i]);
            if (acc >= total / 2)
            {
                return v[i];
            }
        }

        return v[order[^1]];
    }
}
