using System.Globalization;
using WebAttention.Core.Media;

namespace WebAttention.Core.Reframing;

/// <summary>
/// The one rule for the size of a reframed export, used by the CLI, the server's export API and the studio's export
/// dialog. Pure.
/// <para>
/// Default: the platform size (short side <see cref="PlatformShortSide"/>: 9:16 → 1080x1920), but never more than
/// <see cref="MaxUpscale"/>× the crop's own pixels — the largest window of the aspect inside the source. Two is
/// the smallest factor that keeps a 1080p source's 9:16 export at the platform's 1080x1920 (its crop is 608x1080,
/// so 1.78×); a 160x120 source's 9:16 crop (68x120) exports at 136x240 instead of being blown up 16×, which only
/// adds blur and bytes. With a height asked for: that height, the width from the aspect. Both sides are even
/// (x264 with 4:2:0 chroma needs it).
/// </para>
/// </summary>
public static class ExportSize
{
    /// <summary>Short side of the platform size.</summary>
    public const int PlatformShortSide = 1080;

    /// <summary>Most the default export enlarges the crop's pixels, per side.</summary>
    public const double MaxUpscale = 2;

    /// <summary>Smallest side of an export.</summary>
    public const int MinSide = 16;

    /// <summary>Largest side of an export (what the renderer accepts).</summary>
    public const int MaxSide = 8192;

    /// <summary>The platform size of the aspect <paramref name="aspectWidth"/>:<paramref name="aspectHeight"/>.</summary>
    public static FrameSize Platform(int aspectWidth, int aspectHeight)
    {
        var a = Ratio(aspectWidth, aspectHeight);
        return aspectWidth <= aspectHeight
            ? new FrameSize(PlatformShortSide, Even(PlatformShortSide / a))
            : new FrameSize(Even(PlatformShortSide * a), PlatformShortSide);
    }

    /// <summary>The crop's own pixels: the largest window of the aspect inside <paramref name="source"/>.</summary>
    public static FrameSize Crop(FrameSize source, int aspectWidth, int aspectHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(source.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(source.Height);
        var a = Ratio(aspectWidth, aspectHeight);
        return (double)source.Width / source.Height >= a
            ? new FrameSize(Math.Clamp((int)Math.Round(source.Height * a), 1, source.Width), source.Height)
            : new FrameSize(source.Width, Math.Clamp((int)Math.Round(source.Width / a), 1, source.Height));
    }

    /// <summary>The default export of the aspect for a <paramref name="source"/> frame, and why it is that size.</summary>
    public static ExportSizeChoice Default(FrameSize source, int aspectWidth, int aspectHeight)
    {
        var crop = Crop(source, aspectWidth, aspectHeight);
        var platform = Platform(aspectWidth, aspectHeight);
        var scale = (double)platform.Height / crop.Height;
        if (scale <= MaxUpscale)
        {
            return new ExportSizeChoice(platform, crop, LimitedBySource: false);
        }
        var height = Math.Max(MinSide, Even(crop.Height * MaxUpscale));
        return new ExportSizeChoice(AtHeight(height, aspectWidth, aspectHeight), crop, LimitedBySource: true);
    }

    /// <summary>The export <paramref name="height"/> pixels high: the width from the aspect, both even.</summary>
    public static FrameSize AtHeight(int height, int aspectWidth, int aspectHeight)
    {
        var h = Even(height);
        return new FrameSize(Math.Max(2, Even(h * Ratio(aspectWidth, aspectHeight))), h);
    }

    /// <summary>Why <paramref name="size"/> cannot be rendered (a side odd, under <see cref="MinSide"/> or over <see cref="MaxSide"/>); null when it can.</summary>
    public static string? Problem(FrameSize size) =>
        size.Width % 2 != 0 || size.Height % 2 != 0
            ? string.Create(CultureInfo.InvariantCulture, $"The export would be {size.Width}x{size.Height}; both sides must be even.")
            : size.Width < MinSide || size.Height < MinSide || size.Width > MaxSide || size.Height > MaxSide
                ? string.Create(CultureInfo.InvariantCulture, $"The export would be {size.Width}x{size.Height}; each side must be {MinSide} to {MaxSide} pixels.")
                : null;

    private static double Ratio(int aspectWidth, int aspectHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(aspectWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(aspectHeight);
        return (double)aspectWidth / aspectHeight;
    }

    private static int Even(double value) => (int)Math.Round(value / 2, MidpointRounding.AwayFromZero) * 2;
}

/// <summary>A default export size and why.</summary>
/// <param name="Size">The export size.</param>
/// <param name="Crop">The crop's own pixels (the largest window of the aspect in the source).</param>
/// <param name="LimitedBySource">True when the source is too small for the platform size and the size is capped at <see cref="ExportSize.MaxUpscale"/>× the crop.</param>
public sealed record ExportSizeChoice(FrameSize Size, FrameSize Crop, bool LimitedBySource)
{
    /// <summary>How many times the crop's pixels the export is, per side.</summary>
    public double Scale => (double)Size.Height / Crop.Height;

    /// <summary>The size and its reason in the user's words, e.g. "136×240 — 2× the crop's 68×120; the source has no more detail".</summary>
    public string Explain()
    {
        var inv = CultureInfo.InvariantCulture;
        if (LimitedBySource)
        {
            return string.Create(inv, $"{Size.Width}×{Size.Height} — {Scale:0.#}× the crop's {Crop.Width}×{Crop.Height}; the source has no detail for more");
        }
        return Scale <= 1.005
            ? string.Create(inv, $"{Size.Width}×{Size.Height} — the platform size (the crop is {Crop.Width}×{Crop.Height})")
            : string.Create(inv, $"{Size.Width}×{Size.Height} — the platform size, {Scale:0.#}× the crop's {Crop.Width}×{Crop.Height}");
    }
}
