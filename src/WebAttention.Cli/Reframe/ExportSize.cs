using WebAttention.Cli.Commands;
using WebAttention.Core.Media;
using WebAttention.Pipeline.Reframing.Model;

namespace WebAttention.Cli.Reframe;

/// <summary>
/// Size of a reframed export. Default: the platform presets, short side 1080 — 9:16 → 1080x1920, 1:1 → 1080x1080,
/// 4:5 → 1080x1350, 16:9 → 1920x1080. With <c>--height N</c>: N high, the width from the aspect. Both sides even.
/// </summary>
public static class ExportSize
{
    /// <summary>Short side of the default export.</summary>
    public const int DefaultShortSide = 1080;

    /// <summary>Largest side the encoder is asked for.</summary>
    public const int MaxSide = 8192;

    /// <summary>The export size of <paramref name="aspect"/>; <paramref name="height"/> null gives the platform preset.</summary>
    /// <exception cref="CliInputException">The size would be below 16 or above <see cref="MaxSide"/> pixels.</exception>
    public static FrameSize For(AspectRatio aspect, int? height)
    {
        int w, h;
        if (height is { } fixedHeight)
        {
            h = Even(fixedHeight);
            w = Even(fixedHeight * aspect.Value);
        }
        else if (aspect.Width <= aspect.Height)
        {
            w = DefaultShortSide;
            h = Even(DefaultShortSide / aspect.Value);
        }
        else
        {
            h = DefaultShortSide;
            w = Even(DefaultShortSide * aspect.Value);
        }

        if (w < 16 || h < 16 || w > MaxSide || h > MaxSide)
        {
            throw CliInputException.Usage($"The {aspect} export would be {w}x{h}; each side must be 16 to {MaxSide} pixels (adjust --height).");
        }

        return new FrameSize(w, h);
    }

    private static int Even(double value) => (int)Math.Round(value / 2, MidpointRounding.AwayFromZero) * 2;
}
