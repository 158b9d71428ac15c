using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Motion;

/// <summary>A grey image, row-major floats on a 0–255 scale.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Pixels">Width × Height values.</param>
internal sealed record GrayImage(int Width, int Height, float[] Pixels)
{
    /// <summary>
    /// The box-downscale factor that brings <paramref name="size"/>'s long side nearest to
    /// <paramref name="longSide"/> (at least 1: frames are never upscaled).
    /// </summary>
    public static int DownscaleFactor(FrameSize size, int longSide) =>
        Math.Max(1, (int)Math.Round((double)Math.Max(size.Width, size.Height) / longSide));

    /// <summary>Luma of an RGB24 frame, averaged over <paramref name="factor"/> × <paramref name="factor"/> boxes.</summary>
    public static GrayImage FromRgb(VideoFrame frame, int factor)
    {
        var width = Math.Max(1, frame.Size.Width / factor);
        var height = Math.Max(1, frame.Size.Height / factor);
        var rgb = frame.Rgb;
        var stride = frame.Size.Width * 3;
        var pixels = new float[width * height];
        var boxX = Math.Min(factor, frame.Size.Width);
        var boxY = Math.Min(factor, frame.Size.Height);
        var scale = 1f / (boxX * boxY);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var sum = 0f;
                for (var by = 0; by < boxY; by++)
                {
                    var p = ((y * factor) + by) * stride + x * factor * 3;
                    for (var bx = 0; bx < boxX; bx++, p += 3)
                    {
                        sum += 0.299f * rgb[p] + 0.587f * rgb[p + 1] + 0.114f * rgb[p + 2];
                    }
                }

                pixels[y * width + x] = sum * scale;
            }
        }

        return new GrayImage(width, height, pixels);
    }
}
