using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Maps;

/// <summary>
/// The one home of image and map resizing (pure): float maps (model output to analysis size, map to fixation grid),
/// 8-bit maps and packed RGB24 images (frames to model input, maps to PNG size), one implementation per kind of
/// interpolation. Bilinear uses the half-pixel convention of ffmpeg, OpenCV <c>INTER_LINEAR</c> and ONNX Resize
/// (source x = (x + ½)·sw/dw − ½, clamped to the edges), so a constant image stays constant and an identity resize
/// copies. Area averaging weighs each source pixel by how much of it an output pixel covers (no aliasing when shrinking).
/// </summary>
/// <remarks>
/// It lives in Pipeline because every project that resizes (Media, Inference, the CLI) already depends on it and the
/// Core project holds contracts only. Not here on purpose: <c>ReadoutMath.Resize</c> (a float32 matrix form that must
/// match the ONNX graph and has an adjoint for training), the face detector's supersampling of a padded square view
/// (<c>FaceInputSampler</c>) and the motion stage's luma box-downscale (<c>GrayImage.FromRgb</c>): each is fused with
/// work of its own.
/// </remarks>
public static class MapResampler
{
    /// <summary>Bilinear resize of a float map [sourceHeight, sourceWidth] into <paramref name="destination"/>.</summary>
    public static void ResizeBilinear(
        ReadOnlySpan<float> source, int sourceWidth, int sourceHeight,
        Span<float> destination, int destinationWidth, int destinationHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceHeight);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(destinationWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(destinationHeight);
        if (source.Length != sourceWidth * sourceHeight)
        {
            throw new ArgumentException("Source length must be width × height.", nameof(source));
        }

        if (destination.Length != destinationWidth * destinationHeight)
        {
            throw new ArgumentException("Destination length must be width × height.", nameof(destination));
        }

        var xs = Taps(sourceWidth, destinationWidth);
        var ys = Taps(sourceHeight, destinationHeight);
        for (var y = 0; y < destinationHeight; y++)
        {
            var (y0, y1, wy) = ys[y];
            for (var x = 0; x < destinationWidth; x++)
            {
                var (x0, x1, wx) = xs[x];
                var top = (source[(y0 * sourceWidth) + x0] * (1 - wx)) + (source[(y0 * sourceWidth) + x1] * wx);
                var bottom = (source[(y1 * sourceWidth) + x0] * (1 - wx)) + (source[(y1 * sourceWidth) + x1] * wx);
                destination[(y * destinationWidth) + x] = (float)((top * (1 - wy)) + (bottom * wy));
            }
        }
    }

    /// <summary>
    /// Bilinear resize of 8-bit pixels with <paramref name="channels"/> interleaved channels (1: a grey map,
    /// 3: RGB24), rounded to the nearest byte. Same size returns a copy.
    /// </summary>
    public static byte[] Bilinear(ReadOnlySpan<byte> source, FrameSize from, FrameSize to, int channels)
    {
        RequireSizes(source.Length, from, to, channels);
        if (from == to)
        {
            return source.ToArray();
        }

        var xs = Taps(from.Width, to.Width);
        var ys = Taps(from.Height, to.Height);
        var result = new byte[to.Area * channels];
        var stride = from.Width * channels;
        for (var y = 0; y < to.Height; y++)
        {
            var (y0, y1, wy64) = ys[y];
            var wy = (float)wy64;
            var row0 = source.Slice(y0 * stride, stride);
            var row1 = source.Slice(y1 * stride, stride);
            var target = result.AsSpan(y * to.Width * channels, to.Width * channels);
            for (var x = 0; x < to.Width; x++)
            {
                var (x0, x1, wx64) = xs[x];
                var wx = (float)wx64;
                for (var c = 0; c < channels; c++)
                {
                    float a = row0[(x0 * channels) + c], b = row0[(x1 * channels) + c];
                    float d = row1[(x0 * channels) + c], e = row1[(x1 * channels) + c];
                    var top = a + ((b - a) * wx);
                    var bottom = d + ((e - d) * wx);
                    target[(x * channels) + c] = (byte)Math.Clamp((int)MathF.Round(top + ((bottom - top) * wy)), 0, 255);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Area-average resample of 8-bit pixels with <paramref name="channels"/> interleaved channels: every output
    /// pixel is the mean of the source area it covers (partial pixels weighted), rounded to the nearest byte.
    /// </summary>
    public static byte[] AreaAverage(ReadOnlySpan<byte> source, FrameSize from, FrameSize to, int channels)
    {
        RequireSizes(source.Length, from, to, channels);
        var columns = Spans(from.Width, to.Width);
        var rows = Spans(from.Height, to.Height);
        var output = new byte[to.Area * channels];
        Span<double> sum = stackalloc double[channels];
        for (var oy = 0; oy < to.Height; oy++)
        {
            for (var ox = 0; ox < to.Width; ox++)
            {
                sum.Clear();
                var area = 0.0;
                foreach (var (sy, wy) in rows[oy])
                {
                    foreach (var (sx, wx) in columns[ox])
                    {
                        var weight = wy * wx;
                        var i = ((sy * from.Width) + sx) * channels;
                        for (var c = 0; c < channels; c++)
                        {
                            sum[c] += weight * source[i + c];
                        }

                        area += weight;
                    }
                }

                var o = ((oy * to.Width) + ox) * channels;
                for (var c = 0; c < channels; c++)
                {
                    output[o + c] = (byte)Math.Clamp(Math.Round(sum[c] / area), 0, 255);
                }
            }
        }

        return output;
    }

    private static void RequireSizes(int length, FrameSize from, FrameSize to, int channels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(from.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(from.Height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(to.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(to.Height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        if (length != from.Area * channels)
        {
            throw new ArgumentException($"Expected {from} × {channels} channels = {from.Area * channels} bytes, got {length}.", "source");
        }
    }

    // For each target index: the two source neighbours (half-pixel centres, clamped) and the weight of the second.
    private static (int Low, int High, double Weight)[] Taps(int sourceLength, int targetLength)
    {
        var taps = new (int, int, double)[targetLength];
        var scale = (double)sourceLength / targetLength;
        for (var i = 0; i < targetLength; i++)
        {
            var position = Math.Clamp(((i + 0.5) * scale) - 0.5, 0, sourceLength - 1);
            var low = (int)position;
            taps[i] = (low, Math.Min(low + 1, sourceLength - 1), position - low);
        }

        return taps;
    }

    // For each target index: the source indices it covers and how much of each.
    private static List<(int Index, double Weight)>[] Spans(int source, int target)
    {
        var spans = new List<(int, double)>[target];
        var step = (double)source / target;
        for (var o = 0; o < target; o++)
        {
            var start = o * step;
            var end = start + step;
            var list = new List<(int, double)>();
            for (var s = (int)Math.Floor(start); s < Math.Min(source, (int)Math.Ceiling(end)); s++)
            {
                var weight = Math.Min(end, s + 1) - Math.Max(start, s);
                if (weight > 1e-9)
                {
                    list.Add((s, weight));
                }
            }

            spans[o] = list;
        }

        return spans;
    }
}
