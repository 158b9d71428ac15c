using WebAttention.Core.Reframing;
using WebAttention.Reframing.Model;

namespace WebAttention.Media.Rendering;

/// <summary>
/// Where one frame of a window-size-changing render comes from: the fixed-size box cut from the source
/// (<see cref="BoxX"/>, <see cref="BoxY"/>), the size the box is scaled to, and the offset of the export-size
/// window inside the scaled box. For a padded frame only <see cref="BoxX"/>/<see cref="BoxY"/> (the window itself) matter.
/// </summary>
/// <param name="BoxX">Left edge of the box in source pixels.</param>
/// <param name="BoxY">Top edge of the box in source pixels.</param>
/// <param name="ScaledWidth">Width of the scaled box (even).</param>
/// <param name="ScaledHeight">Height of the scaled box (even).</param>
/// <param name="OffsetX">Left edge of the export window in the scaled box.</param>
/// <param name="OffsetY">Top edge of the export window in the scaled box.</param>
public readonly record struct FrameLayout(int BoxX, int BoxY, int ScaledWidth, int ScaledHeight, int OffsetX, int OffsetY);

/// <summary>
/// Pure geometry of the one-pass zoom render. Every unpadded frame cuts a box of one fixed size (the largest
/// unpadded window of the path, so the graph's crop never changes size) placed around its window, scales the
/// box by s = export size ÷ window size (cover) and crops the export-size window at the window's offset × s.
/// A constant-size path has box = window, so s is fixed and the offset 0: the same work as crop-then-scale.
/// </summary>
public static class ZoomLayout
{
    /// <summary>The box size: the largest width and height of the path's unpadded windows (0x0 when all are padded).</summary>
    public static (int Width, int Height) BoxSize(CropPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        int w = 0, h = 0;
        foreach (var f in path.Frames.Where(f => !f.Padded))
        {
            w = Math.Max(w, f.Width);
            h = Math.Max(h, f.Height);
        }

        return (w, h);
    }

    /// <summary>The layout of an unpadded window in a box of <paramref name="box"/> size, for an export of <paramref name="exportWidth"/>x<paramref name="exportHeight"/>.</summary>
    public static FrameLayout Unpadded(CropWindow window, (int Width, int Height) box, int sourceWidth, int sourceHeight, int exportWidth, int exportHeight)
    {
        if (window.Width <= 0 || window.Height <= 0 || window.Width > box.Width || window.Height > box.Height)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The window must be non-empty and fit the box.");
        }

        var bx = Math.Clamp(window.X - ((box.Width - window.Width) / 2), 0, Math.Max(0, sourceWidth - box.Width));
        var by = Math.Clamp(window.Y - ((box.Height - window.Height) / 2), 0, Math.Max(0, sourceHeight - box.Height));
        var s = Math.Max(exportWidth / (double)window.Width, exportHeight / (double)window.Height);
        var sw = Math.Max(exportWidth, EvenCeiling(box.Width * s));
        var sh = Math.Max(exportHeight, EvenCeiling(box.Height * s));
        var ox = Math.Clamp((int)Math.Round((window.X - bx) * s, MidpointRounding.AwayFromZero), 0, sw - exportWidth);
        var oy = Math.Clamp((int)Math.Round((window.Y - by) * s, MidpointRounding.AwayFromZero), 0, sh - exportHeight);
        return new FrameLayout(bx, by, sw, sh, ox, oy);
    }

    /// <summary>The size a padded window is scaled to so it fits the export frame (even, aspect kept).</summary>
    public static (int Width, int Height) Fit(int windowWidth, int windowHeight, int exportWidth, int exportHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowHeight);
        var s = Math.Min(exportWidth / (double)windowWidth, exportHeight / (double)windowHeight);
        return (Math.Clamp(EvenRound(windowWidth * s), 2, exportWidth), Math.Clamp(EvenRound(windowHeight * s), 2, exportHeight));
    }

    private static int EvenCeiling(double v) => (int)Math.Ceiling((v / 2) - 1e-9) * 2;

    private static int EvenRound(double v) => (int)Math.Round(v / 2, MidpointRounding.AwayFromZero) * 2;
}
