namespace WebAttention.Inference.Faces;

/// <summary>
/// Turns BlazeFace's raw outputs into boxes. Each anchor has a score logit and 16 regressors: centre x, centre y,
/// width, height, then 6 keypoints, in input pixels, centres relative to the anchor centre. Pure.
/// </summary>
public static class BlazeFaceDecoder
{
    /// <summary>Regressor values per anchor.</summary>
    public const int RegressorLength = 16;

    /// <summary>Logits beyond ±this are clipped before the sigmoid (as MediaPipe does).</summary>
    public const float LogitClip = 100f;

    /// <summary>The logistic function, with the logit clipped to ±<see cref="LogitClip"/>.</summary>
    public static double Sigmoid(float logit) => 1.0 / (1.0 + Math.Exp(-Math.Clamp(logit, -LogitClip, LogitClip)));

    /// <summary>
    /// Boxes (normalised to the square input) of the anchors whose score reaches <paramref name="minScore"/>,
    /// appended to <paramref name="into"/>.
    /// </summary>
    /// <param name="logits">One score logit per anchor.</param>
    /// <param name="regressors"><see cref="RegressorLength"/> values per anchor.</param>
    /// <param name="anchors">The anchors, in output order.</param>
    /// <param name="inputSize">Side of the square input in pixels (the regressors' unit).</param>
    /// <param name="minScore">Lowest score kept.</param>
    /// <param name="into">Where boxes go.</param>
    public static void Decode(ReadOnlySpan<float> logits, ReadOnlySpan<float> regressors, ReadOnlySpan<Anchor> anchors, int inputSize, double minScore, List<FaceCandidate> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputSize);
        if (logits.Length != anchors.Length || regressors.Length != anchors.Length * RegressorLength)
        {
            throw new ArgumentException(
                $"Expected {anchors.Length} logits and {anchors.Length * RegressorLength} regressors, got {logits.Length} and {regressors.Length}.");
        }

        for (var i = 0; i < anchors.Length; i++)
        {
            var score = Sigmoid(logits[i]);
            if (score < minScore)
            {
                continue;
            }

            var r = regressors.Slice(i * RegressorLength, 4);
            var cx = (r[0] / inputSize) + anchors[i].X;
            var cy = (r[1] / inputSize) + anchors[i].Y;
            var w = r[2] / (double)inputSize;
            var h = r[3] / (double)inputSize;
            if (w <= 0 || h <= 0 || !double.IsFinite(cx) || !double.IsFinite(cy))
            {
                continue;
            }

            into.Add(new FaceCandidate(cx - (w / 2), cy - (h / 2), w, h, score));
        }
    }
}
