using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Tests.Reframing;

/// <summary>Synthetic frames for the shot tests.</summary>
internal static class ReframingFrames
{
    /// <summary>A 32x16 frame: left half one colour, right half another.</summary>
    public static VideoFrame Halves(long index, (byte R, byte G, byte B) left, (byte R, byte G, byte B) right)
    {
        const int w = 32, h = 16;
        var rgb = new byte[w * h * 3];
        for (var p = 0; p < w * h; p++)
        {
            var c = p % w < w / 2 ? left : right;
            (rgb[p * 3], rgb[(p * 3) + 1], rgb[(p * 3) + 2]) = (c.R, c.G, c.B);
        }

        return new VideoFrame(index, TimeSpan.Zero, new FrameSize(w, h), rgb);
    }
}
