using WebAttention.Core.Media;

namespace WebAttention.Inference.Tests.Support;

/// <summary>Deterministic RGB24 test images.</summary>
public static class SyntheticFrames
{
    /// <summary>Red ramps left→right, green top→bottom, blue a diagonal saw-tooth (some texture).</summary>
    public static byte[] Gradient(int width, int height)
    {
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = ((y * width) + x) * 3;
                rgb[i] = (byte)(x * 255 / Math.Max(1, width - 1));
                rgb[i + 1] = (byte)(y * 255 / Math.Max(1, height - 1));
                rgb[i + 2] = (byte)((x + y) * 7 % 256);
            }
        }

        return rgb;
    }

    /// <summary>Flat mid-grey with a black/white 4-pixel checkerboard square at (left, top).</summary>
    public static byte[] GreyWithCheckerPatch(int width, int height, int left, int top, int size)
    {
        var rgb = new byte[width * height * 3];
        Array.Fill(rgb, (byte)128);
        for (var y = top; y < top + size; y++)
        {
            for (var x = left; x < left + size; x++)
            {
                var value = (byte)((((x - left) / 4) + ((y - top) / 4)) % 2 == 0 ? 255 : 0);
                rgb.AsSpan(((y * width) + x) * 3, 3).Fill(value);
            }
        }

        return rgb;
    }

    /// <summary>Seeded random bytes.</summary>
    public static byte[] Noise(int width, int height, int seed)
    {
        var rgb = new byte[width * height * 3];
        new Random(seed).NextBytes(rgb);
        return rgb;
    }

    public static VideoFrame Frame(long index, int width, int height, byte[] rgb) =>
        new(index, TimeSpan.FromMilliseconds(index * 40), new FrameSize(width, height), rgb);
}
