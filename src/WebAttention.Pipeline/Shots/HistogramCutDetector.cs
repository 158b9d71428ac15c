using WebAttention.Core.Media;
using WebAttention.Pipeline.Abstractions;

namespace WebAttention.Pipeline.Shots;

/// <summary>
/// Default shot-cut detector: colour-histogram distance between consecutive frames compared with an
/// adaptive threshold (<see cref="AdaptiveCutThreshold"/>) and a minimum shot length. One instance per
/// clip; feed it every decoded frame in order.
/// </summary>
public sealed class HistogramCutDetector : IShotBoundaryDetector
{
    private readonly HistogramCutOptions _options;
    private float[] _previous;
    private float[] _current;
    private readonly double[] _window;
    private int _windowCount;
    private int _oldest;
    private long _framesSinceCut;
    private bool _hasPrevious;

    /// <summary>Creates a detector; <paramref name="options"/> null uses the defaults.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public HistogramCutDetector(HistogramCutOptions? options = null)
    {
        _options = options ?? new HistogramCutOptions();
        var errors = _options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        var length = ColorHistogram.Length(_options.BinsPerChannel);
        _previous = new float[length];
        _current = new float[length];
        _window = new double[_options.WindowFrames];
    }

    /// <inheritdoc />
    public bool IsCut(VideoFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ColorHistogram.Compute(frame.Rgb, _options.BinsPerChannel, _current);
        (_previous, _current) = (_current, _previous);
        if (!_hasPrevious)
        {
            _hasPrevious = true;
            _framesSinceCut = 1;
            return false;
        }

        var distance = ColorHistogram.Distance(_previous, _current);
        var recent = RecentDistances();
        if (AdaptiveCutThreshold.IsCut(distance, recent, _framesSinceCut, _options))
        {
            _windowCount = 0;
            _oldest = 0;
            _framesSinceCut = 1;
            return true;
        }

        Remember(distance);
        _framesSinceCut++;
        return false;
    }

    // The rule only uses the mean and spread of the window, so the ring's order does not matter.
    private ReadOnlySpan<double> RecentDistances() => _window.AsSpan(0, _windowCount);

    private void Remember(double distance)
    {
        if (_windowCount < _window.Length)
        {
            _window[_windowCount++] = distance;
            return;
        }

        _window[_oldest] = distance;
        _oldest = (_oldest + 1) % _window.Length;
    }
}
