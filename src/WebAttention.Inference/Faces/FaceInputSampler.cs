namespace WebAttention.Inference.Faces;

/// <summary>
/// Fills BlazeFace's input (NHWC float, RGB in [-1, 1]) with one square view of a packed RGB24 frame. Pure.
/// Each input pixel averages a k×k grid of bilinear samples over its footprint in the frame (k grows with
/// the downscale factor, so a 1080p frame shrunk to 256 px does not alias); padding outside the frame is black (−1).
/// </summary>
public static class FaceInputSampler
{
    /// <summary>Writes <paramref name="size"/>×<paramref name="size"/>×3 values into <paramref name="destination"/>.</summary>
    public static void Fill(ReadOnlySpan<byte> rgb, int width, int height, SquareView view, int size, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        if (rgb.Length < width * height * 3)
        {
            throw new ArgumentException($"Frame holds {rgb.Length} bytes, fewer than {width}×{height}×3.", nameof(rgb));
        }

        if (destination.Length < size * size * 3 || !(view.Side > 0))
        {
            throw new ArgumentException("Destination is smaller than the input, or the view is empty.", nameof(destination));
        }

        var pixel = view.Side / size; // frame pixels per input pixel
        var k = Math.Clamp((int)Math.Ceiling(pixel), 1, 8);
        Span<float> sum = stackalloc float[3];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                sum.Clear();
                for (var sy = 0; sy < k; sy++)
                {
                    var fy = view.Top + ((y + ((sy + 0.5) / k)) * pixel) - 0.5;
                    for (var sx = 0; sx < k; sx++)
                    {
                        var fx = view.Left + ((x + ((sx + 0.5) / k)) * pixel) - 0.5;
                        if (fx < -0.5 || fy < -0.5 || fx > width - 0.5 || fy > height - 0.5)
                        {
                            continue; // padding: contributes black
                        }

                        Bilinear(rgb, width, height, fx, fy, sum);
                    }
                }

                var o = ((y * size) + x) * 3;
                var n = k * k;
                for (var c = 0; c < 3; c++)
                {
                    // Samples in the padding count as 0 (black) in the mean.
                    destination[o + c] = (sum[c] / n / 127.5f) - 1f;
                }
            }
        }
    }

    private static void Bilinear(ReadOnlySpan<byte> rgb, int width, int height, double fx, double fy, Span<float> sum)
    {
        var cx = Math.Clamp(fx, 0, width - 1);
        var cy = Math.Clamp(fy, 0, height - 1);
        var x0 = (int)cx;
        var y0 = (int)cy;
        var x1 = Math.Min(x0 + 1, width - 1);
        var y1 = Math.Min(y0 + 1, height - 1);
        var ax = (float)(cx - x0);
        var ay = (float)(cy - y0);
        for (var c = 0; c < 3; c++)
        {
            var top = (rgb[(((y0 * width) + x0) * 3) + c] * (1 - ax)) + (rgb[(((y0 * width) + x1) * 3) + c] * ax);
            var bottom = (rgb[(((y1 * width) + x0) * 3) + c] * (1 - ax)) + (rgb[(((y1 * width) + x1) * 3) + c] * ax);
            sum[c] += (top * (1 - ay)) + (bottom * ay);
        }
    }
}
