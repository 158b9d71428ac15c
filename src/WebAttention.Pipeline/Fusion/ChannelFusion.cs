namespace WebAttention.Pipeline.Fusion;

/// <summary>
/// Log-linear fusion of the attention channels on one map grid. Pure.
/// fused(x) ∝ model(x) × exp(wFace × face(x) + wMotion × motion(x)), then scaled so the peak is 1.
/// With the model's map a probability distribution, this is a product of experts: a face or a moving
/// region raises the odds of a fixation there by up to e^w. The weights are what <c>webattention train</c>
/// fits by maximum likelihood of fixations (see <see cref="FusionWeights"/>).
/// </summary>
public static class ChannelFusion
{
    /// <summary>
    /// Fuses into <paramref name="destination"/>. <paramref name="face"/> and <paramref name="motion"/>
    /// may be empty (channel absent); otherwise all spans have the model's length.
    /// </summary>
    public static void Fuse(ReadOnlySpan<float> model, ReadOnlySpan<float> face, ReadOnlySpan<float> motion, FusionWeights weights, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var n = model.Length;
        if (destination.Length < n || (face.Length != 0 && face.Length != n) || (motion.Length != 0 && motion.Length != n))
        {
            throw new ArgumentException($"Channel lengths differ from the model's ({n}).");
        }

        var wf = face.Length == 0 ? 0f : (float)weights.Face;
        var wm = motion.Length == 0 ? 0f : (float)weights.Motion;
        var peak = 0f;
        for (var i = 0; i < n; i++)
        {
            var m = model[i];
            var value = m > 0f && float.IsFinite(m) ? m : 0f;
            var log = (wf == 0f ? 0f : wf * face[i]) + (wm == 0f ? 0f : wm * motion[i]);
            if (log != 0f)
            {
                value *= MathF.Exp(log);
            }

            destination[i] = value;
            peak = MathF.Max(peak, value);
        }

        var scale = peak > 0f && float.IsFinite(peak) ? 1f / peak : 0f;
        for (var i = 0; i < n; i++)
        {
            destination[i] *= scale;
        }
    }
}
