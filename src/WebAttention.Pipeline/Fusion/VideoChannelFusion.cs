using WebAttention.Pipeline.Maps;

namespace WebAttention.Pipeline.Fusion;

/// <summary>
/// Log-linear fusion of the video channels (<see cref="VideoChannels"/>) with <see cref="VideoFusionWeights"/>. Pure.
/// log fused(x) = β·log max(model(x), floor) + wf·face(x) + wm·motion(x) − ws·static(x) + wc·centre(x), then scaled so
/// the peak is 1. Taken as a distribution over the grid this is the model whose likelihood of gaze
/// <c>train --stage video</c> maximises.
/// </summary>
public static class VideoChannelFusion
{
    /// <summary>Model values are floored at this fraction of the model's peak before the log.</summary>
    public const double ModelFloor = 1e-6;

    /// <summary>σ, in map cells, of the blurred model and motion features.</summary>
    public const double SpreadSigma = 2;

    /// <summary>Number of features (and weights).</summary>
    public const int FeatureCount = 7;

    /// <summary>The features of each cell, in weight order (log model, face, motion, −static, centre, log blurred model, blurred motion). Absent channels are 0.</summary>
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
        }

        return features;
    }

    /// <summary>The weights as a vector in <see cref="Features"/> order.</summary>
    public static double[] Vector(VideoFusionWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return [weights.Model, weights.Face, weights.Motion, weights.Static, weights.Centre, weights.ModelSpread, weights.MotionSpread];
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
