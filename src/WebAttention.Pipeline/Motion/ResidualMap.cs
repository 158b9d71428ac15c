using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Motion;

/// <summary>
/// What is left once the camera's motion is taken out: an earlier frame warped by the camera model,
/// the absolute difference to the current one, a noise floor subtracted, (for three frames) the smaller
/// of the two residuals kept, blurred and averaged onto the map grid. Pure.
/// </summary>
internal static class ResidualMap
{
    /// <summary>
    /// |current − warped previous| per working pixel, 0 where the warped previous frame has no data
    /// (borders that came into view); also returns the median over the pixels that had data.
    /// </summary>
    public static (float[] Residual, double Median) Compute(GrayImage previous, GrayImage current, CameraMotion motion, int margin)
    {
        var (w, h) = (current.Width, current.Height);
        var back = motion.Inverse();
        var residual = new float[w * h];
        Span<int> histogram = stackalloc int[257];
        var counted = 0;
        var src = previous.Pixels;
        var (maxX, maxY) = (previous.Width - 1 - margin, previous.Height - 1 - margin);
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var (sx, sy) = back.Apply(x, y);
                if (sx < margin || sy < margin || sx > maxX || sy > maxY || maxX < margin || maxY < margin)
                {
                    continue;
                }

                var x0 = Math.Min((int)sx, previous.Width - 2);
                var y0 = Math.Min((int)sy, previous.Height - 2);
                var fx = (float)(sx - x0);
                var fy = (float)(sy - y0);
                var i = y0 * previous.Width + x0;
                var top = src[i] + (src[i + 1] - src[i]) * fx;
                var bottom = src[i + previous.Width] + (src[i + previous.Width + 1] - src[i + previous.Width]) * fx;
                var value = MathF.Abs(current.Pixels[y * w + x] - (top + (bottom - top) * fy));
                residual[y * w + x] = value;
                histogram[Math.Min(256, (int)value)]++;
                counted++;
            }
        }

        return (residual, MedianOf(histogram, counted));
    }

    /// <summary>Subtracts <paramref name="floor"/> from every value, clamping at 0, in place.</summary>
    public static void SubtractFloor(float[] residual, float floor)
    {
        for (var i = 0; i < residual.Length; i++)
        {
            residual[i] = MathF.Max(0f, residual[i] - floor);
        }
    }

    /// <summary>Keeps the smaller of the two values per pixel in <paramref name="residual"/>: what changed against both frames.</summary>
    public static void KeepSmaller(float[] residual, float[] other)
    {
        for (var i = 0; i < residual.Length; i++)
        {
            residual[i] = MathF.Min(residual[i], other[i]);
        }
    }

    /// <summary>Blurs twice with [1 4 6 4 1]/16 (edges replicated), in place.</summary>
    public static void Smooth(float[] residual, int width, int height)
    {
        var scratch = new float[residual.Length];
        for (var pass = 0; pass < 2; pass++)
        {
            Blur(residual, scratch, width, height, 1, width);
            Blur(scratch, residual, height, width, width, 1);
        }
    }

    /// <summary>Mean of the working pixels under each cell of a <paramref name="grid"/>-sized map.</summary>
    public static float[] ToGrid(float[] values, int width, int height, FrameSize grid)
    {
        var map = new float[grid.Area];
        for (var gy = 0; gy < grid.Height; gy++)
        {
            var (y0, y1) = Span(gy, grid.Height, height);
            for (var gx = 0; gx < grid.Width; gx++)
            {
                var (x0, x1) = Span(gx, grid.Width, width);
                var sum = 0f;
                for (var y = y0; y < y1; y++)
                {
                    for (var x = x0; x < x1; x++)
                    {
                        sum += values[y * width + x];
                    }
                }

                map[gy * grid.Width + gx] = sum / ((y1 - y0) * (x1 - x0));
            }
        }

        return map;
    }

    // Working pixels [start, end) under cell i of n over a side of length pixels (at least one).
    private static (int Start, int End) Span(int i, int n, int length)
    {
        var start = Math.Min(length - 1, (int)((long)i * length / n));
        var end = Math.Max(start + 1, (int)((long)(i + 1) * length / n));
        return (start, Math.Min(end, length));
    }

    // One 5-tap binomial pass along lines of length `length`; `step` walks along a line, `lineStep` between lines.
    private static void Blur(float[] source, float[] destination, int length, int lines, int step, int lineStep)
    {
        for (var line = 0; line < lines; line++)
        {
            var o = line * lineStep;
            for (var i = 0; i < length; i++)
            {
                var sum = 6f * source[o + i * step];
                sum += 4f * (source[o + Clamp(i - 1, length) * step] + source[o + Clamp(i + 1, length) * step]);
                sum += source[o + Clamp(i - 2, length) * step] + source[o + Clamp(i + 2, length) * step];
                destination[o + i * step] = sum * (1f / 16f);
            }
        }
    }

    private static int Clamp(int i, int length) => i < 0 ? 0 : i >= length ? length - 1 : i;

    private static double MedianOf(ReadOnlySpan<int> histogram, int count)
    {
        if (count == 0)
        {
            return 0;
        }

        var seen = 0;
        for (var bin = 0; bin < histogram.Length; bin++)
        {
            seen += histogram[bin];
            if (2 * seen >= count)
            {
                return bin + 0.5;
            }
        }

        return histogram.Length;
    }
}
