namespace WebAttention.Inference.Readout;

/// <summary>
/// Everything the DeepGaze-style readout needs, in one place: per-channel feature standardisation,
/// a two-layer 1×1 network (C → <see cref="Hidden"/> ReLU → 1), a Gaussian blur of the readout map and a
/// learned low-resolution log centre prior. The trainable numbers live in one flat <see cref="Values"/>
/// vector (W1 [Hidden,C], B1 [Hidden], W2 [Hidden], Prior [PriorRows,PriorCols]) so an optimiser can
/// step them together.
/// </summary>
public sealed class ReadoutParameters
{
    /// <summary>Creates a parameter set; array lengths are checked against the dimensions.</summary>
    /// <param name="channels">Feature channels C the readout reads.</param>
    /// <param name="hidden">Hidden 1×1 channels.</param>
    /// <param name="priorRows">Rows of the centre prior grid.</param>
    /// <param name="priorCols">Columns of the centre prior grid.</param>
    /// <param name="blurSigma">Blur σ in map cells (0 = no blur).</param>
    /// <param name="featureMean">Per-channel mean subtracted from the features (length C).</param>
    /// <param name="featureScale">Per-channel factor applied after subtracting the mean (length C).</param>
    /// <param name="values">The trainable vector, length <see cref="CountFor"/>.</param>
    public ReadoutParameters(int channels, int hidden, int priorRows, int priorCols, float blurSigma, float[] featureMean, float[] featureScale, float[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hidden);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(priorRows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(priorCols);
        ArgumentOutOfRangeException.ThrowIfNegative(blurSigma);
        ArgumentNullException.ThrowIfNull(featureMean);
        ArgumentNullException.ThrowIfNull(featureScale);
        ArgumentNullException.ThrowIfNull(values);
        if (featureMean.Length != channels || featureScale.Length != channels)
        {
            throw new ArgumentException($"Feature mean and scale need {channels} values each.", nameof(featureMean));
        }

        if (values.Length != CountFor(channels, hidden, priorRows, priorCols))
        {
            throw new ArgumentException($"Expected {CountFor(channels, hidden, priorRows, priorCols)} trainable values, got {values.Length}.", nameof(values));
        }

        Channels = channels;
        Hidden = hidden;
        PriorRows = priorRows;
        PriorCols = priorCols;
        BlurSigma = blurSigma;
        FeatureMean = featureMean;
        FeatureScale = featureScale;
        Values = values;
    }

    /// <summary>Feature channels C.</summary>
    public int Channels { get; }

    /// <summary>Hidden 1×1 channels.</summary>
    public int Hidden { get; }

    /// <summary>Rows of the prior grid.</summary>
    public int PriorRows { get; }

    /// <summary>Columns of the prior grid.</summary>
    public int PriorCols { get; }

    /// <summary>Blur σ in map cells.</summary>
    public float BlurSigma { get; }

    /// <summary>Blur kernel radius in cells: ⌈3σ⌉.</summary>
    public int BlurRadius => ReadoutMath.BlurRadiusFor(BlurSigma);

    /// <summary>Per-channel mean (length C).</summary>
    public float[] FeatureMean { get; }

    /// <summary>Per-channel scale (length C).</summary>
    public float[] FeatureScale { get; }

    /// <summary>The trainable vector: W1, B1, W2, Prior.</summary>
    public float[] Values { get; }

    /// <summary>Offset of B1 in <see cref="Values"/>.</summary>
    public int B1Offset => Hidden * Channels;

    /// <summary>Offset of W2 in <see cref="Values"/>.</summary>
    public int W2Offset => B1Offset + Hidden;

    /// <summary>Offset of the prior grid in <see cref="Values"/>.</summary>
    public int PriorOffset => W2Offset + Hidden;

    /// <summary>First-layer weights [Hidden, C], row-major.</summary>
    public ReadOnlySpan<float> W1 => Values.AsSpan(0, B1Offset);

    /// <summary>First-layer biases [Hidden].</summary>
    public ReadOnlySpan<float> B1 => Values.AsSpan(B1Offset, Hidden);

    /// <summary>Second-layer weights [Hidden] (no bias: the softmax ignores a constant).</summary>
    public ReadOnlySpan<float> W2 => Values.AsSpan(W2Offset, Hidden);

    /// <summary>Log centre prior grid [PriorRows, PriorCols], row-major.</summary>
    public ReadOnlySpan<float> Prior => Values.AsSpan(PriorOffset, PriorRows * PriorCols);

    /// <summary>Length of the trainable vector for these dimensions.</summary>
    public static int CountFor(int channels, int hidden, int priorRows, int priorCols) =>
        (hidden * channels) + hidden + hidden + (priorRows * priorCols);

    /// <summary>
    /// A deterministic starting point: He-normal W1, zero B1, small W2 (so the map starts almost flat)
    /// and a flat prior.
    /// </summary>
    public static ReadoutParameters Initial(int channels, int hidden, int priorRows, int priorCols, float blurSigma, float[] featureMean, float[] featureScale, int seed)
    {
        var values = new float[CountFor(channels, hidden, priorRows, priorCols)];
        var random = new Random(seed);
        var heScale = Math.Sqrt(2.0 / channels);
        for (var i = 0; i < hidden * channels; i++)
        {
            values[i] = (float)(Gaussian(random) * heScale);
        }

        var w2 = (hidden * channels) + hidden;
        for (var k = 0; k < hidden; k++)
        {
            values[w2 + k] = (float)(Gaussian(random) * 0.01);
        }

        return new ReadoutParameters(channels, hidden, priorRows, priorCols, blurSigma, featureMean, featureScale, values);
    }

    /// <summary>The same dimensions and standardisation with another trainable vector (copied).</summary>
    public ReadoutParameters WithValues(ReadOnlySpan<float> values) =>
        new(Channels, Hidden, PriorRows, PriorCols, BlurSigma, FeatureMean, FeatureScale, values.ToArray());

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
