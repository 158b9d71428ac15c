using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Shots;

/// <summary>
/// <see cref="IFrameDistance"/> on the global joint-RGB histogram (<see cref="ColorHistogram"/>): blind to layout, so two
/// shots with the same colours in different places look alike. Cheaper than <see cref="GridHistogramDistance"/>.
/// </summary>
public sealed class ColorHistogramDistance : IFrameDistance
{
    private readonly int _binsPerChannel;
    private float[] _previous;
    private float[] _current;
    private bool _hasPrevious;

    /// <summary>Creates the function for histograms of <paramref name="binsPerChannel"/> bins a channel.</summary>
    public ColorHistogramDistance(int binsPerChannel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(binsPerChannel, 1);
        _binsPerChannel = binsPerChannel;
        _previous = new float[ColorHistogram.Length(binsPerChannel)];
        _current = new float[_previous.Length];
    }

    /// <inheritdoc />
    public double? Next(VideoFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ColorHistogram.Compute(frame.Rgb, _binsPerChannel, _current);
        (_previous, _current) = (_current, _previous);
        if (!_hasPrevious)
        {
            _hasPrevious = true;
            return null;
        }

        return ColorHistogram.Distance(_previous, _current);
    }
}
