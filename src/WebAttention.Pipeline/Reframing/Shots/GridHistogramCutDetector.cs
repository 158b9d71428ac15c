using WebAttention.Core.Media;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Shots;

namespace WebAttention.Pipeline.Reframing.Shots;

/// <summary>
/// Cut detector for reframing: the distance between consecutive frames is the larger of the global
/// colour-histogram distance (as <see cref="HistogramCutDetector"/>) and <see cref="GridGain"/> × the spatial
/// grid distance (<see cref="GridHistogram"/>, <see cref="GridCells"/>² cells of 4 bins a channel, mean of the
/// quarter of cells that changed most), judged by the same adaptive rule (<see cref="AdaptiveCutThreshold"/>). The grid term catches cuts between similar shots
/// (same colours, different layout) that a global histogram cannot see. One instance per clip.
/// </summary>
public sealed class GridHistogramCutDetector : IShotBoundaryDetector
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
    private readonly HistogramCutOptions _options;
    private readonly double[] _window;
    private float[] _previousGlobal;
    private float[] _currentGlobal;
    private float[] _previousGrid = [];
    private float[] _currentGrid = [];
    private int _windowCount;
    private int _oldest;
    private long _framesSinceCut;
    private bool _hasPrevious;

    /// <summary>Creates a detector; <paramref name="options"/> null uses the defaults of <see cref="HistogramCutOptions"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public GridHistogramCutDetector(HistogramCutOptions? options = null)
    {
        _options = options ?? new HistogramCutOptions();
        var errors = _options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        _previousGlobal = new float[ColorHistogram.Length(_options.BinsPerChannel)];
        _currentGlobal = new float[_previousGlobal.Length];
        _window = new double[_options.WindowFrames];
    }

    /// <summary>Distance of the last frame to its predecessor (for diagnostics and tests).</summary>
    public double LastDistance { get; private set; }

    /// <inheritdoc />
    public bool IsCut(VideoFrame frame)
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

        ColorHistogram.Compute(frame.Rgb, _options.BinsPerChannel, _currentGlobal);
        GridHistogram.Compute(frame.Rgb, frame.Size.Width, frame.Size.Height, cells, GridBins, _currentGrid);
        (_previousGlobal, _currentGlobal) = (_currentGlobal, _previousGlobal);
        (_previousGrid, _currentGrid) = (_currentGrid, _previousGrid);
        if (!_hasPrevious)
        {
            _hasPrevious = true;
            _framesSinceCut = 1;
            return false;
        }

        var distance = Math.Max(
            ColorHistogram.Distance(_previousGlobal, _currentGlobal),
            Math.Min(1, GridGain * GridHistogram.Distance(_previousGrid, _currentGrid, cells, GridTopFraction)));
        LastDistance = distance;
        if (AdaptiveCutThreshold.IsCut(distance, _window.AsSpan(0, _windowCount), _framesSinceCut, _options))
        {
            _windowCount = 0;
            _oldest = 0;
            _framesSinceCut = 1;
            return true;
        }

        if (_windowCount < _window.Length)
        {
            _window[_windowCount++] = distance;
        }
        else
        {
            _window[_oldest] = distance;
            _oldest = (_oldest + 1) % _window.Length;
        }

        _framesSinceCut++;
        return false;
    }
}
