using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Maps;

namespace WebAttention.Pipeline.Smoothing;

/// <summary>
/// Per-pixel exponential moving average over analysed maps, restarted at shot cuts:
/// s₀ = m₀; sₜ = α mₜ + (1 − α) sₜ₋₁; at a cut sₜ = mₜ. One instance per clip.
/// </summary>
public sealed class TemporalSmoother
{
    private readonly float _alpha;
    private float[]? _state;
    private int _width;
    private int _height;

    /// <summary>Creates a smoother.</summary>
    /// <param name="smoothingFactor">α, the weight of the newest map, in (0, 1]; 1 turns smoothing off.</param>
    public TemporalSmoother(double smoothingFactor)
    {
        if (!(smoothingFactor > 0 && smoothingFactor <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(smoothingFactor), smoothingFactor, "Must be in (0, 1].");
        }

        _alpha = (float)smoothingFactor;
    }

    /// <summary>
    /// Adds the next analysed map and returns the smoothed map for its frame (a new array the caller owns).
    /// </summary>
    /// <param name="map">The newest analysed map.</param>
    /// <param name="cutBefore">True when a shot cut lies between the previous analysed map and this one.</param>
    public SaliencyMap Next(SaliencyMap map, bool cutBefore)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map.Values.Length != map.Width * map.Height)
        {
            throw new ArgumentException("Map values must be width × height.", nameof(map));
        }

        if (_state is null || cutBefore || map.Width != _width || map.Height != _height)
        {
            _state = (float[])map.Values.Clone();
            _width = map.Width;
            _height = map.Height;
        }
        else
        {
            MapBlend.Ema(_state, map.Values, _alpha, _state);
        }

        return map with { Values = (float[])_state.Clone() };
    }

    /// <summary>Forgets the running average (the next map starts afresh).</summary>
    public void Reset() => _state = null;

    /// <summary>
    /// Smooths a sequence of analysed maps (increasing frame indices), restarting wherever a cut frame
    /// in <paramref name="cutFrames"/> lies in (previous map's frame, this map's frame].
    /// </summary>
    public static IEnumerable<SaliencyMap> Smooth(IEnumerable<SaliencyMap> maps, double smoothingFactor, IReadOnlySet<long>? cutFrames = null)
    {
        ArgumentNullException.ThrowIfNull(maps);
        var smoother = new TemporalSmoother(smoothingFactor);
        return Iterate(maps, smoother, cutFrames);

        static IEnumerable<SaliencyMap> Iterate(IEnumerable<SaliencyMap> maps, TemporalSmoother smoother, IReadOnlySet<long>? cuts)
        {
            long? previous = null;
            foreach (var map in maps)
            {
                var cut = previous is { } p && cuts is not null && HasCut(cuts, p, map.FrameIndex);
                yield return smoother.Next(map, cut);
                previous = map.FrameIndex;
            }
        }
    }

    private static bool HasCut(IReadOnlySet<long> cuts, long previous, long current)
    {
        if (current - previous > cuts.Count)
        {
            return cuts.Any(c => c > previous && c <= current);
        }

        for (var f = previous + 1; f <= current; f++)
        {
            if (cuts.Contains(f))
            {
                return true;
            }
        }

        return false;
    }
}
