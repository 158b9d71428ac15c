namespace WebAttention.Pipeline.Fusion;

/// <summary>
/// The static-overlay channel's rule (pure): from the mean absolute luma change of every pixel over the shot so far,
/// how much of each grid cell "stays put while the rest of the frame changes" — burned-in timecodes, logos,
/// watermarks, letterbox bars. With D the per-pixel change less a noise floor, G its mean over the frame:
/// static(pixel) = exp(−D / G), scaled by the frame's own evidence G / (G + noise floor) so that a still scene
/// (nothing changes, G ≈ 0) discounts nothing; a cell's value is the mean over its pixels, in [0, 1]. There is no
/// threshold: how much the channel counts is its fitted weight (<see cref="VideoFusionWeights.Static"/>).
/// </summary>
public static class StaticOverlay
{
    /// <summary>Luma change (grey levels, 0–255) that compression noise alone produces.</summary>
    public const double NoiseFloor = 2.0;

    /// <summary>The channel on a <paramref name="gridWidth"/> × <paramref name="gridHeight"/> grid from per-pixel mean changes.</summary>
    /// <param name="change">Mean absolute luma change of every pixel, row-major, <paramref name="width"/> × <paramref name="height"/>.</param>
    /// <param name="width">Pixel width.</param>
    /// <param name="height">Pixel height.</param>
    /// <param name="gridWidth">Grid width (the model's map).</param>
    /// <param name="gridHeight">Grid height.</param>
    public static float[] Map(ReadOnlySpan<float> change, int width, int height, int gridWidth, int gridHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(gridWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(gridHeight);
        if (change.Length != width * height)
        {
            throw new ArgumentException($"A {width}x{height} image needs {width * height} values.", nameof(change));
        }

        var result = new float[gridWidth * gridHeight];
        double total = 0;
        foreach (var c in change)
        {
            total += Math.Max(0, c - NoiseFloor);
        }

        var g = total / change.Length;
        if (!(g > 0))
        {
            return result; // Nothing moves: no evidence that anything is an overlay.
        }

        var evidence = g / (g + NoiseFloor);
        var sums = new double[result.Length];
        var counts = new int[result.Length];
        for (var y = 0; y < height; y++)
        {
            var row = Math.Min(gridHeight - 1, y * gridHeight / height) * gridWidth;
            for (var x = 0; x < width; x++)
            {
                var d = Math.Max(0, change[(y * width) + x] - NoiseFloor);
                var cell = row + Math.Min(gridWidth - 1, x * gridWidth / width);
                sums[cell] += Math.Exp(-d / g);
                counts[cell]++;
            }
        }

        for (var i = 0; i < result.Length; i++)
        {
            result[i] = counts[i] > 0 ? (float)(evidence * sums[i] / counts[i]) : 0f;
        }

        return result;
    }
}

/// <summary>
/// Keeps the per-pixel mean luma change of the analysed frames of one run (2× subsampled), and gives the
/// <see cref="StaticOverlay"/> map of each new frame. Restarts on a size change or <see cref="Reset"/> (a cut).
/// </summary>
public sealed class StaticOverlayTracker
{
    private const int Step = 2;
    private float[]? _previous;
    private float[] _change = [];
    private int _width;
    private int _height;
    private int _steps;

    /// <summary>The channel for <paramref name="rgb"/> (packed RGB24, <paramref name="width"/> × <paramref name="height"/>) on the grid; all zeros for the first frame.</summary>
    public float[] Next(ReadOnlySpan<byte> rgb, int width, int height, int gridWidth, int gridHeight)
    {
        if (rgb.Length < width * height * 3)
        {
            throw new ArgumentException("The frame is smaller than its size.", nameof(rgb));
        }

        var w = Math.Max(1, width / Step);
        var h = Math.Max(1, height / Step);
        var luma = new float[w * h];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var p = (((y * Step) * width) + (x * Step)) * 3;
                luma[(y * w) + x] = (0.299f * rgb[p]) + (0.587f * rgb[p + 1]) + (0.114f * rgb[p + 2]);
            }
        }

        if (_previous is null || w != _width || h != _height)
        {
            (_previous, _width, _height, _steps, _change) = (luma, w, h, 0, new float[w * h]);
            return new float[gridWidth * gridHeight];
        }

        _steps++;
        var rate = 1f / _steps;
        for (var i = 0; i < luma.Length; i++)
        {
            _change[i] += rate * (MathF.Abs(luma[i] - _previous[i]) - _change[i]);
        }

        _previous = luma;
        return StaticOverlay.Map(_change, w, h, gridWidth, gridHeight);
    }

    /// <summary>Forgets the history (the next frame starts afresh).</summary>
    public void Reset() => _previous = null;
}
