using WebAttention.Inference.Readout;

namespace WebAttention.Training.Readout;

/// <summary>
/// The readout's forward pass and its exact gradient, in C#. Features come cell-major: [cells, C],
/// already standardised (see <see cref="Standardise"/>). For a map of h×w cells:
/// s = W2·ReLU(W1·x + B1) per cell → z = blur(s) → l = z + resize(Prior) → log p = l − logΣexp(l).
/// </summary>
public static class ReadoutModel
{
    /// <summary>dst[p,c] = (raw[p,c] − mean[c]) · scale[c] for every cell p.</summary>
    public static void Standardise(ReadOnlySpan<float> raw, Span<float> dst, ReadOnlySpan<float> mean, ReadOnlySpan<float> scale)
    {
        var channels = mean.Length;
        for (var p = 0; p < raw.Length / channels; p++)
        {
            for (var c = 0; c < channels; c++)
            {
                var i = (p * channels) + c;
                dst[i] = (raw[i] - mean[c]) * scale[c];
            }
        }
    }

    /// <summary>The log prior at map size: bilinear half-pixel resize of the prior grid to h×w.</summary>
    public static float[] PriorMap(ReadoutParameters parameters, int h, int w)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var map = new float[h * w];
        ReadoutMath.Resize(parameters.Prior, parameters.PriorRows, parameters.PriorCols, map, h, w);
        return map;
    }

    /// <summary>
    /// Forward pass for one image; fills <paramref name="workspace"/> (hidden pre-activations, readout, log density).
    /// </summary>
    /// <param name="parameters">Readout parameters.</param>
    /// <param name="features">Standardised features [h·w, C].</param>
    /// <param name="h">Map rows.</param>
    /// <param name="w">Map columns.</param>
    /// <param name="priorMap">Output of <see cref="PriorMap"/> for h×w.</param>
    /// <param name="kernel">Output of <see cref="ReadoutMath.BlurKernel"/> for the parameters' σ.</param>
    /// <param name="workspace">Buffers for h·w cells.</param>
    public static void Forward(ReadoutParameters parameters, ReadOnlySpan<float> features, int h, int w, ReadOnlySpan<float> priorMap, ReadOnlySpan<float> kernel, ReadoutWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(workspace);
        var (channels, hidden, cells) = (parameters.Channels, parameters.Hidden, h * w);
        var w1 = parameters.W1;
        var b1 = parameters.B1;
        var w2 = parameters.W2;
        for (var p = 0; p < cells; p++)
        {
            var x = features.Slice(p * channels, channels);
            var s = 0f;
            for (var k = 0; k < hidden; k++)
            {
                var pre = VectorOps.Dot(w1.Slice(k * channels, channels), x) + b1[k];
                workspace.HiddenPre[(p * hidden) + k] = pre;
                if (pre > 0f)
                {
                    s += w2[k] * pre;
                }
            }

            workspace.Readout[p] = s;
        }

        var logits = workspace.LogDensity.AsSpan(0, cells);
        ReadoutMath.Blur(workspace.Readout, logits, h, w, kernel, workspace.Scratch);
        for (var p = 0; p < cells; p++)
        {
            logits[p] += priorMap[p];
        }

        var lse = ReadoutMath.LogSumExp(logits);
        for (var p = 0; p < cells; p++)
        {
            logits[p] -= lse;
        }
    }

    /// <summary>
    /// Forward pass, then adds the gradient of weight · NLL to <paramref name="gradient"/> (laid out like
    /// <see cref="ReadoutParameters.Values"/>; the prior part is left alone) and ∂(weight·NLL)/∂priorMap to
    /// <paramref name="priorMapGradient"/>. NLL = −Σ_p counts[p]·log p[p]. Returns the unweighted NLL.
    /// </summary>
    public static double AccumulateGradient(
        ReadoutParameters parameters, ReadOnlySpan<float> features, int h, int w, ReadOnlySpan<float> priorMap, ReadOnlySpan<float> kernel,
        ReadOnlySpan<float> counts, float weight, ReadoutWorkspace workspace, Span<float> gradient, Span<float> priorMapGradient)
    {
        Forward(parameters, features, h, w, priorMap, kernel, workspace);
        var (channels, hidden, cells) = (parameters.Channels, parameters.Hidden, h * w);
        var total = 0f;
        var nll = 0.0;
        for (var p = 0; p < cells; p++)
        {
            total += counts[p];
            nll -= counts[p] * (double)workspace.LogDensity[p];
        }

        var mapGradient = workspace.MapGradient;
        for (var p = 0; p < cells; p++)
        {
            mapGradient[p] = weight * ((total * MathF.Exp(workspace.LogDensity[p])) - counts[p]);
            priorMapGradient[p] += mapGradient[p];
        }

        ReadoutMath.BlurTranspose(mapGradient, workspace.ReadoutGradient, h, w, kernel, workspace.Scratch);
        var w2 = parameters.W2;
        var gradW1 = gradient[..parameters.B1Offset];
        var gradB1 = gradient.Slice(parameters.B1Offset, hidden);
        var gradW2 = gradient.Slice(parameters.W2Offset, hidden);
        for (var p = 0; p < cells; p++)
        {
            var ds = workspace.ReadoutGradient[p];
            if (ds == 0f)
            {
                continue;
            }

            var x = features.Slice(p * channels, channels);
            for (var k = 0; k < hidden; k++)
            {
                var pre = workspace.HiddenPre[(p * hidden) + k];
                if (pre <= 0f)
                {
                    continue;
                }

                gradW2[k] += pre * ds;
                var dh = ds * w2[k];
                gradB1[k] += dh;
                VectorOps.AddScaled(gradW1.Slice(k * channels, channels), dh, x);
            }
        }

        return nll;
    }

    /// <summary>Convenience: log density [h·w] of one image from raw (unstandardised) cell-major features [h·w, C].</summary>
    public static float[] LogDensity(ReadoutParameters parameters, ReadOnlySpan<float> rawFeatures, int h, int w)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var standardised = new float[rawFeatures.Length];
        Standardise(rawFeatures, standardised, parameters.FeatureMean, parameters.FeatureScale);
        var workspace = new ReadoutWorkspace(h * w, parameters.Hidden);
        Forward(parameters, standardised, h, w, PriorMap(parameters, h, w), ReadoutMath.BlurKernel(parameters.BlurSigma), workspace);
        return workspace.LogDensity.ToArray();
    }

    /// <summary>[C, h·w] (one NCHW image) → [h·w, C].</summary>
    public static float[] ToCellMajor(ReadOnlySpan<float> channelMajor, int channels, int cells)
    {
        var result = new float[channels * cells];
        for (var c = 0; c < channels; c++)
        {
            for (var p = 0; p < cells; p++)
            {
                result[(p * channels) + c] = channelMajor[(c * cells) + p];
            }
        }

        return result;
    }
}
