using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Shots;

/// <summary>
/// <see cref="IFrameDistance"/> that also sees layout: the larger of the global colour-histogram distance (as
/// <see cref="ColorHistogramDistance"/>) and <see cref="GridGain"/> × the spatial grid distance (<see cref="GridHistogram"/>,
/// <see cref="GridCells"/>² cells of 4 bins a channel, mean of the quarter of cells that changed most). The grid term catches
/// cuts between similar shots (same colours, different layout) that a global histogram cannot see. The default distance of
/// <see cref="AdaptiveCutDetector"/>.
/// </summary>
public sealed class GridHistogramDistance : IFrameDistance
{
    /// <summary>Cells per side of the spatial grid.</summary>
    public const int GridCells = 4;

    /// <summary>
    /// Scale of the grid term against the global one: a layout change that fully changes half of the
    /// top-quarter cells (distance 0.5 there) reaches 1, like a global change to disjoint colours.
    /// </summary>
    public const double GridGain = 2;

    /// <summary>Share of cells, those that changed most, averaged by the grid term.</summary>
    public const double GridTopFraction = 0.25;

    private const int GridBins = 4;
    private readonly int _binsPerChannel;
    private float[] _previousGlobal;
    private float[] _currentGlobal;
    private float[] _previousGrid = [];
    private float[] _currentGrid = [];
    private bool _hasPrevious;

    /// <summary>Creates the function; <paramref name="binsPerChannel"/> sets the global histogram's bins a channel.</summary>
    public GridHistogramDistance(int binsPerChannel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(binsPerChannel, 1);
        _binsPerChannel = binsPerChannel;
        _previousGlobal = new float[ColorHistogram.Length(binsPerChannel)];
        _currentGlobal = new float[_previousGlobal.Length];
    }

    /// <inheritdoc />
    public double? Next(VideoFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var cells = Math.Min(GridCells, Math.Min(frame.Size.Width, frame.Size.Height));
        var gridLength = GridHistogram.Length(cells, GridBins);
        if (_currentGrid.Length != gridLength)
        {
            _currentGrid = new float[gridLength];
            _previousGrid = new float[gridLength];
            _hasPrevious = false;
        }

        ColorHistogram.Compute(frame.Rgb, _binsPerChannel, _currentGlobal);
        GridHistogram.Compute(frame.Rgb, frame.Size.Width, frame.Size.Height, cells, GridBins, _currentGrid);
        (_previousGlobal, _currentGlobal) = (_currentGlobal, _previousGlobal);
        (_previousGrid, _currentGrid) = (_currentGrid, _previousGrid);
        if (!_hasPrevious)
        {
            _hasPrevious = true;
            return null;
        }

        return Math.Max(
            ColorHistogram.Distance(_previousGlobal, _currentGlobal),
            Math.Min(1, GridGain * GridHistogram.Distance(_previousGrid, _currentGrid, cells, GridTopFraction)));
    }
}
