using WebAttention.Core.Media;
using WebAttention.Pipeline.Abstractions;

namespace WebAttention.Pipeline.Shots;

/// <summary>
/// The shot-cut detector: a distance between consecutive frames (<see cref="IFrameDistance"/>, by default
/// <see cref="GridHistogramDistance"/>) compared with an adaptive threshold (<see cref="AdaptiveCutThreshold"/>) and a
/// minimum shot length. The analysis runs it once on every frame and stores the cuts (<see cref="ShotListFile"/>); reframing,
/// the CLI and the studio read them. One instance per clip; feed it every decoded frame in order.
/// </summary>
public sealed class AdaptiveCutDetector : IShotBoundaryDetector
{
    private readonly IFrameDistance _distance;
    private readonly HistogramCutOptions _options;
    private readonly double[] _window;
    private int _windowCount;
    private int _oldest;
    private long _framesSinceCut;

    /// <summary>Creates a detector around a distance function; <paramref name="options"/> null uses the defaults.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public AdaptiveCutDetector(IFrameDistance distance, HistogramCutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(distance);
        _options = options ?? new HistogramCutOptions();
        var errors = _options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        _distance = distance;
        _window = new double[_options.WindowFrames];
    }

    /// <summary>The default detector: <see cref="GridHistogramDistance"/> with <paramref name="options"/> (null: the defaults).</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static AdaptiveCutDetector Create(HistogramCutOptions? options = null)
    {
        var settings = options ?? new HistogramCutOptions();
        return new AdaptiveCutDetector(new GridHistogramDistance(settings.BinsPerChannel), settings);
    }

    /// <inheritdoc />
    public bool IsCut(VideoFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (_distance.Next(frame) is not { } distance)
        {
            _framesSinceCut = 1;
            return false;
        }

        // The rule only uses the mean and spread of the window, so the ring's order does not matter.
        if (AdaptiveCutThreshold.IsCut(distance, _window.AsSpan(0, _windowCount), _framesSinceCut, _options))
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
