namespace WebAttention.Inference.Readout;

/// <summary>
/// Pure building blocks of the readout, written to match the ONNX operators the head uses:
/// separable Gaussian blur with edge padding (Pad mode=edge + two Conv), bilinear resize with
/// half-pixel centres clamped at the border (Resize mode=linear, half_pixel), and log-sum-exp.
/// Maps are row-major [h, w].
/// </summary>
public static class ReadoutMath
{
    /// <summary>Kernel radius used for <paramref name="sigma"/>: ⌈3σ⌉ (0 when σ is 0).</summary>
    public static int BlurRadiusFor(float sigma) => sigma <= 0 ? 0 : (int)Math.Ceiling(3.0 * sigma);

    /// <summary>Normalised 1-D Gaussian taps for offsets −r…r, r = <see cref="BlurRadiusFor"/>.</summary>
    public static float[] BlurKernel(float sigma)
    {
        var radius = BlurRadiusFor(sigma);
        if (radius == 0)
        {
            return [1f];
        }

        var taps = new double[(2 * radius) + 1];
        for (var t = -radius; t <= radius; t++)
        {
            taps[t + radius] = Math.Exp(-0.5 * t * t / (sigma * (double)sigma));
        }

        var sum = taps.Sum();
        return [.. taps.Select(v => (float)(v / sum))];
    }

    /// <summary>
    /// dst = blur(src): first along rows (vertical), then along columns, each with edge padding.
    /// <paramref name="scratch"/> needs h·w floats.
    /// </summary>
    public static void Blur(ReadOnlySpan<float> src, Span<float> dst, int h, int w, ReadOnlySpan<float> kernel, Span<float> scratch)
    {
        var r = kernel.Length / 2;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var sum = 0f;
                for (var t = -r; t <= r; t++)
                {
                    sum += kernel[t + r] * src[(Math.Clamp(y + t, 0, h - 1) * w) + x];
                }

                scratch[(y * w) + x] = sum;
            }
        }

        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var sum = 0f;
                for (var t = -r; t <= r; t++)
                {
                    sum += kernel[t + r] * scratch[(y * w) + Math.Clamp(x + t, 0, w - 1)];
                }

                dst[(y * w) + x] = sum;
            }
        }
    }

    /// <summary>
    /// The adjoint of <see cref="Blur"/>: given ∂L/∂dst, writes ∂L/∂src (overwrites <paramref name="dst"/>).
    /// <paramref name="scratch"/> needs h·w floats.
    /// </summary>
    public static void BlurTranspose(ReadOnlySpan<float> gradient, Span<float> dst, int h, int w, ReadOnlySpan<float> kernel, Span<float> scratch)
    {
        var r = kernel.Length / 2;
        scratch[..(h * w)].Clear();
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var g = gradient[(y * w) + x];
                for (var t = -r; t <= r; t++)
                {
                    scratch[(y * w) + Math.Clamp(x + t, 0, w - 1)] += kernel[t + r] * g;
                }
            }
        }

        dst[..(h * w)].Clear();
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var g = scratch[(y * w) + x];
                for (var t = -r; t <= r; t++)
                {
                    dst[(Math.Clamp(y + t, 0, h - 1) * w) + x] += kernel[t + r] * g;
                }
            }
        }
    }

    /// <summary>
    /// Interpolation weights [outSize, inSize] of a 1-D linear resize with half-pixel centres:
    /// source position (o + ½)·in/out − ½, clamped to [0, in − 1].
    /// </summary>
    public static float[] ResizeWeights(int inSize, int outSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outSize);
        var weights = new float[outSize * inSize];
        var scale = (float)outSize / inSize;
        for (var o = 0; o < outSize; o++)
        {
            var source = Math.Clamp(((o + 0.5f) / scale) - 0.5f, 0f, inSize - 1);
            var low = (int)source;
            var high = Math.Min(low + 1, inSize - 1);
            var fraction = source - low;
            weights[(o * inSize) + low] += 1f - fraction;
            weights[(o * inSize) + high] += fraction;
        }

        return weights;
    }

    /// <summary>dst [dh, dw] = bilinear half-pixel resize of src [sh, sw].</summary>
    public static void Resize(ReadOnlySpan<float> src, int sh, int sw, Span<float> dst, int dh, int dw)
    {
        var rows = ResizeWeights(sh, dh);
        var cols = ResizeWeights(sw, dw);
        ResizeWith(src, sh, sw, dst, dh, dw, rows, cols);
    }

    /// <summary><see cref="Resize"/> with precomputed <see cref="ResizeWeights"/> for rows and columns.</summary>
    public static void ResizeWith(ReadOnlySpan<float> src, int sh, int sw, Span<float> dst, int dh, int dw, ReadOnlySpan<float> rows, ReadOnlySpan<float> cols)
    {
        var horizontal = new float[sh * dw];
        for (var i = 0; i < sh; i++)
        {
            for (var x = 0; x < dw; x++)
            {
                var sum = 0f;
                for (var j = 0; j < sw; j++)
                {
                    sum += cols[(x * sw) + j] * src[(i * sw) + j];
                }

                horizontal[(i * dw) + x] = sum;
            }
        }

        for (var y = 0; y < dh; y++)
        {
            for (var x = 0; x < dw; x++)
            {
                var sum = 0f;
                for (var i = 0; i < sh; i++)
                {
                    sum += rows[(y * sh) + i] * horizontal[(i * dw) + x];
                }

                dst[(y * dw) + x] = sum;
            }
        }
    }

    /// <summary>The adjoint of <see cref="Resize"/>: adds Rᵀ·<paramref name="gradient"/> [dh, dw] into <paramref name="accumulator"/> [sh, sw].</summary>
    public static void ResizeTransposeAdd(ReadOnlySpan<float> gradient, int dh, int dw, Span<float> accumulator, int sh, int sw)
    {
        var rows = ResizeWeights(sh, dh);
        var cols = ResizeWeights(sw, dw);
        for (var y = 0; y < dh; y++)
        {
            for (var i = 0; i < sh; i++)
            {
                var ry = rows[(y * sh) + i];
                if (ry == 0f)
                {
                    continue;
                }

                for (var x = 0; x < dw; x++)
                {
                    var g = ry * gradient[(y * dw) + x];
                    for (var j = 0; j < sw; j++)
                    {
                        accumulator[(i * sw) + j] += g * cols[(x * sw) + j];
                    }
                }
            }
        }
    }

    /// <summary>log Σ exp(values), computed stably.</summary>
    public static float LogSumExp(ReadOnlySpan<float> values)
    {
        var max = float.NegativeInfinity;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        var sum = 0.0;
        foreach (var v in values)
        {
            sum += Math.Exp(v - max);
        }

        return (float)(max + Math.Log(sum));
    }
}
