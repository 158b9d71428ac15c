namespace WebAttention.Training.Readout;

/// <summary>
/// Adam (Kingma and Ba, 2015) over a flat parameter vector: first and second moment estimates with bias
/// correction. One instance per parameter group; deterministic.
/// </summary>
public sealed class AdamOptimizer
{
    private readonly float[] _m;
    private readonly float[] _v;
    private readonly double _beta1;
    private readonly double _beta2;
    private readonly double _epsilon;

    /// <summary>Creates the optimiser for <paramref name="size"/> parameters.</summary>
    public AdamOptimizer(int size, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        _m = new float[size];
        _v = new float[size];
        _beta1 = beta1;
        _beta2 = beta2;
        _epsilon = epsilon;
    }

    /// <summary>Steps taken so far.</summary>
    public int Steps { get; private set; }

    /// <summary>One update of <paramref name="parameters"/> against <paramref name="gradient"/> with step size <paramref name="learningRate"/>.</summary>
    public void Step(Span<float> parameters, ReadOnlySpan<float> gradient, double learningRate)
    {
        if (parameters.Length != _m.Length || gradient.Length != _m.Length)
        {
            throw new ArgumentException($"Expected {_m.Length} parameters and gradients.", nameof(parameters));
        }

        Steps++;
        var correction1 = 1.0 - Math.Pow(_beta1, Steps);
        var correction2 = 1.0 - Math.Pow(_beta2, Steps);
        var step = (float)(learningRate * Math.Sqrt(correction2) / correction1);
        var (b1, b2, eps) = ((float)_beta1, (float)_beta2, (float)(_epsilon * Math.Sqrt(correction2)));
        for (var i = 0; i < parameters.Length; i++)
        {
            var g = gradient[i];
            _m[i] = (b1 * _m[i]) + ((1f - b1) * g);
            _v[i] = (b2 * _v[i]) + ((1f - b2) * g * g);
            parameters[i] -= step * _m[i] / (MathF.Sqrt(_v[i]) + eps);
        }
    }
}
