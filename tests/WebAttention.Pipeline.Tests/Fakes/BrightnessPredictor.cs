using WebAttention.Core.Media;
using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Abstractions;

namespace WebAttention.Pipeline.Tests.Fakes;

/// <summary>A predictor whose map is the red channel of each pixel; records what it was asked.</summary>
internal sealed class BrightnessPredictor(int temporalWindow = 1) : ISaliencyPredictor
{
    private readonly List<long[]> _calls = [];

    public string ModelName => "brightness@1";

    public string Device => "CPU";

    public int TemporalWindow => temporalWindow;

    /// <summary>Frame indices of every call, in call order.</summary>
    public IReadOnlyList<long[]> Calls => _calls;

    /// <summary>Frames to leave without a map (to test contract checks).</summary>
    public HashSet<long> Skip { get; } = [];

    /// <summary>Thrown on the call after this many frames, when set.</summary>
    public Exception? FailWith { get; init; }

    public FrameSize InputSizeFor(FrameSize source) => source;

    public Task<IReadOnlyList<SaliencyMap>> PredictAsync(IReadOnlyList<VideoFrame> frames, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (FailWith is not null)
        {
            throw FailWith;
        }

        _calls.Add([.. frames.Select(f => f.Index)]);
        IReadOnlyList<SaliencyMap> maps = [.. frames.Where(f => !Skip.Contains(f.Index)).Select(Map)];
        return Task.FromResult(maps);
    }

    public static SaliencyMap Map(VideoFrame frame)
    {
        var values = new float[frame.Size.Area];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = frame.Rgb[i * 3];
        }

        return new SaliencyMap(frame.Index, frame.Size.Width, frame.Size.Height, values);
    }
}
