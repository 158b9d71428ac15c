namespace WebAttention.Pipeline.Motion;

/// <summary>
/// Coarse-to-fine block matching over two Gaussian pyramids: an exhaustive search on the coarsest
/// level, refinement around the doubled vector on each finer one, and a parabolic sub-pixel fit of the
/// sum of squared differences on the working image. Flat blocks are skipped. Pure.
/// </summary>
internal static class BlockMatcher
{
    /// <summary>One vector per textured block of <paramref name="previous"/>'s level 0.</summary>
    public static List<BlockVector> Match(GrayImage[] previous, GrayImage[] current, MotionOptions options)
    {
        var levels = Math.Min(previous.Length, current.Length);
        var r = options.BlockRadius;
        var baseImage = previous[0];
        var vectors = new List<BlockVector>();
        var minimumVariance = options.MinimumTexture * options.MinimumTexture;
        var first = r + 1;
        var lastX = baseImage.Width - r - 2;
        var lastY = baseImage.Height - r - 2;
        if (lastX < first || lastY < first)
        {
            return vectors;
        }

        // Centre the block grid so the unused margin is shared by both edges.
        var startX = first + ((lastX - first) % options.BlockSpacing) / 2;
        var startY = first + ((lastY - first) % options.BlockSpacing) / 2;
        for (var cy = startY; cy <= lastY; cy += options.BlockSpacing)
        {
            for (var cx = startX; cx <= lastX; cx += options.BlockSpacing)
            {
                if (Variance(baseImage, cx, cy, r) < minimumVariance)
                {
                    continue;
                }

                if (MatchBlock(previous, current, levels, cx, cy, options) is { } vector)
                {
                    vectors.Add(vector);
                }
            }
        }

        return vectors;
    }

    private static BlockVector? MatchBlock(GrayImage[] previous, GrayImage[] current, int levels, int cx, int cy, MotionOptions options)
    {
        var r = options.BlockRadius;
        int dx = 0, dy = 0;
        for (var level = levels - 1; level >= 0; level--)
        {
            var prev = previous[level];
            var cur = current[level];
            var coarsest = level == levels - 1;
            var radius = coarsest ? options.SearchRadius : options.RefineRadius;
            if (!coarsest)
            {
                dx *= 2;
                dy *= 2;
            }

            if (prev.Width - 1 - r < r || prev.Height - 1 - r < r)
            {
                return null; // The window does not fit this level at all.
            }

            // The window is kept inside the coarser levels (near the border its centre moves inwards).
            var bx = Math.Clamp(cx >> level, r, prev.Width - 1 - r);
            var by = Math.Clamp(cy >> level, r, prev.Height - 1 - r);

            var best = float.MaxValue;
            int bestX = dx, bestY = dy;
            for (var sy = dy - radius; sy <= dy + radius; sy++)
            {
                for (var sx = dx - radius; sx <= dx + radius; sx++)
                {
                    if (!Inside(cur, bx + sx, by + sy, r))
                    {
                        continue;
                    }

                    var cost = Ssd(prev, bx, by, cur, bx + sx, by + sy, r, best);
                    if (cost < best)
                    {
                        (best, bestX, bestY) = (cost, sx, sy);
                    }
                }
            }

            if (best == float.MaxValue)
            {
                return null;
            }

            (dx, dy) = (bestX, bestY);
        }

        var image = previous[0];
        var target = current[0];
        var centre = Ssd(image, cx, cy, target, cx + dx, cy + dy, r, float.MaxValue);
        var fx = SubPixel(image, target, cx, cy, dx, dy, r, centre, 1, 0);
        var fy = SubPixel(image, target, cx, cy, dx, dy, r, centre, 0, 1);
        return new BlockVector(cx, cy, dx + fx, dy + fy);
    }

    // Vertex of the parabola through the costs at -1, 0, +1 along one axis; 0 when it cannot be fitted.
    private static double SubPixel(GrayImage prev, GrayImage cur, int cx, int cy, int dx, int dy, int r, float centre, int ux, int uy)
    {
        if (!Inside(cur, cx + dx - ux, cy + dy - uy, r) || !Inside(cur, cx + dx + ux, cy + dy + uy, r))
        {
            return 0;
        }

        double minus = Ssd(prev, cx, cy, cur, cx + dx - ux, cy + dy - uy, r, float.MaxValue);
        double plus = Ssd(prev, cx, cy, cur, cx + dx + ux, cy + dy + uy, r, float.MaxValue);
        var curvature = minus - 2 * centre + plus;
        return curvature <= 0 ? 0 : Math.Clamp((minus - plus) / (2 * curvature), -0.5, 0.5);
    }

    private static bool Inside(GrayImage image, int x, int y, int r) =>
        x - r >= 0 && y - r >= 0 && x + r < image.Width && y + r < image.Height;

    // Sum of squared differences of two windows; stops early once past the best cost so far.
    private static float Ssd(GrayImage a, int ax, int ay, GrayImage b, int bx, int by, int r, float bound)
    {
        var pa = a.Pixels;
        var pb = b.Pixels;
        var sum = 0f;
        for (var y = -r; y <= r; y++)
        {
            var ia = (ay + y) * a.Width + ax - r;
            var ib = (by + y) * b.Width + bx - r;
            for (var x = 0; x <= 2 * r; x++)
            {
                var d = pa[ia + x] - pb[ib + x];
                sum += d * d;
            }

            if (sum >= bound)
            {
                return sum;
            }
        }

        return sum;
    }

    private static double Variance(GrayImage image, int cx, int cy, int r)
    {
        double sum = 0, squares = 0;
        var p = image.Pixels;
        for (var y = cy - r; y <= cy + r; y++)
        {
            for (var x = cx - r; x <= cx + r; x++)
            {
                double v = p[y * image.Width + x];
                sum += v;
                squares += v * v;
            }
        }

        var n = (2 * r + 1) * (2 * r + 1);
        var mean = sum / n;
        return squares / n - mean * mean;
    }
}
