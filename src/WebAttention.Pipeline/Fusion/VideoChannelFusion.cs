using WebAttention.Pipeline.Maps;

namespace WebAttention.Pipeline.Fusion;

/// <summary>
/// Log-linear fusion of the video channels (<see cref="VideoChannels"/>) with <see cref="VideoFusionWeights"/>. Pure.
/// log fused(x) = β·log max(model(x), floor) + wf·face(x) + wm·motion(x) − ws·static(x) + wc·centre(x) + … , then scaled so
/// the peak is 1. Two terms are gated by the frame's <see cref="Ambiguity"/> a (how spread the model's mass is): a·centre(x)
/// and a·log blur(model)(x), so a map with evidence all over the frame can lean on the centre prior and a clear one on
/// the model. Taken as a distribution over the grid this is the model whose likelihood of gaze
/// <c>train --stage video</c> maximises.
/// </summary>
public static class VideoChannelFusion
{
    /// <summary>Model values are floored at this fraction of the model's peak before the log.</summary>
    public const double ModelFloor = 1e-6;

    /// <summary>σ, in map cells, of the blurred model and motion features.</summary>
    public const double SpreadSigma = 2;

    /// <summary>Number of features (and weights).</summary>
    public const int FeatureCount = 9;

    /// <summary>
    /// The features of each cell, in weight order (log model, face, motion, −static, centre, log blurred model, blurred motion,
    /// ambiguity × centre, ambiguity × log blurred model). Absent channels are 0.
    /// </summary>
    public static double[][] Features(VideoChannels channels, ReadOnlySpan<float> centre)
    {
        ArgumentNullException.ThrowIfNull(channels);
        channels.Check();
        var n = channels.Width * channels.Height;
        if (centre.Length != n)
        {
            throw new ArgumentException("The centre prior must be on the channels' grid.", nameof(centre));
        }

        var peak = 0f;
        foreach (var m in channels.Model)
        {
            if (float.IsFinite(m))
            {
                peak = MathF.Max(peak, m);
            }
        }

        var floor = Math.Max(peak, 1e-30) * ModelFloor;
        var (w, h) = (channels.Width, channels.Height);
        var clean = new float[n];
        for (var i = 0; i < n; i++)
        {
            var m = channels.Model[i];
            clean[i] = float.IsFinite(m) && m > 0 ? m : 0;
        }

        var blurredModel = new float[n];
        GaussianBlur.Apply(clean, w, h, SpreadSigma, blurredModel);
        var blurredMotion = new float[n];
        if (channels.Motion.Length != 0)
        {
            GaussianBlur.Apply(channels.Motion, w, h, SpreadSigma, blurredMotion);
        }

        var ambiguity = Ambiguity(clean, w, h);
        var features = new double[FeatureCount][];
        for (var k = 0; k < FeatureCount; k++)
        {
            features[k] = new double[n];
        }

        for (var i = 0; i < n; i++)
        {
            var m = channels.Model[i];
            features[0][i] = Math.Log(Math.Max(float.IsFinite(m) ? m : 0, floor));
            features[1][i] = channels.Face.Length == 0 ? 0 : channels.Face[i];
            features[2][i] = channels.Motion.Length == 0 ? 0 : channels.Motion[i];
            features[3][i] = channels.Static.Length == 0 ? 0 : -channels.Static[i];
            features[4][i] = centre[i];
            features[5][i] = Math.Log(Math.Max(blurredModel[i], floor));
            features[6][i] = blurredMotion[i];
            features[7][i] = ambiguity * centre[i];
            features[8][i] = ambiguity * features[5][i];
        }

        return features;
    }

    /// <summary>
    /// How ambiguous a frame's model map is: the spatial spread of its mass, √E[(x − x̄)² + (y − ȳ)²] with x, y in frame
    /// widths and heights, divided by that of a uniform map on the same grid; so 1 for a flat map, about 1 for mass all over
    /// the frame, 0 for one sharp peak, more than 1 for mass in opposite corners. 1 for an empty map (no evidence) or a single cell. Non-finite and negative values count as 0. Pure.
    /// </summary>
    public static double Ambiguity(ReadOnlySpan<float> model, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (model.Length != width * height)
        {
            throw new ArgumentException($"A {width}x{height} map needs {width * height} values.", nameof(model));
        }

        double sum = 0, mx = 0, my = 0, mxx = 0, myy = 0;
        for (var i = 0; i < model.Length; i++)
        {
            var v = float.IsFinite(model[i]) && model[i] > 0 ? model[i] : 0;
            var x = ((i % width) + 0.5) / width;
            var y = ((i / width) + 0.5) / height;
            sum += v;
            mx += v * x;
            my += v * y;
            mxx += v * x * x;
            myy += v * y * y;
        }

        if (!(sum > 0))
        {
            return 1;
        }

        (mx, my) = (mx / sum, my / sum);
        var variance = Math.Max(0, (mxx / sum) - (mx * mx)) + Math.Max(0, (myy / sum) - (my * my));
        var uniform = (((double)width * width) - 1) / (12.0 * width * width) + ((((double)height * height) - 1) / (12.0 * height * height));
        return uniform > 0 ? Math.Sqrt(variance / uniform) : 1;
    }

    /// <summary>The weights as a vector in <see cref="Features"/> order.</summary>
    public static double[] Vector(VideoFusionWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return [weights.Model, weights.Face, weights.Motion, weights.Static, weights.Centre, weights.ModelSpread, weights.MotionSpread, weights.CentreAmbiguity, weights.ModelAmbiguity];
    }

    /// <summary>Fuses one frame into a new peak-1 map on the channels' grid.</summary>
    public static float[] Fuse(VideoChannels channels, VideoFusionWeights weights, ReadOnlySpan<float> centre)
    {
        var features = Features(channels, centre);
        var w = Vector(weights);
        var n = channels.Width * channels.Height;
        var log = new double[n];
        var max = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            double s = 0;
            for (var k = 0; k < w.Length; k++)
            {
                s += w[k] * features[k][i];
            }

            log[i] = s;
            max = Math.Max(max, s);
        }

        var result = new float[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = (float)Math.Exp(log[i] - max);
        }

        return result;
    }
}
