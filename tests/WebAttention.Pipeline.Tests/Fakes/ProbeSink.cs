using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Abstractions;

namespace WebAttention.Pipeline.Tests.Fakes;

/// <summary>
/// A sink that keeps only what tests assert on: map count, order, first values, and the most frames that
/// were ever between the source and the sink (yielded − written).
/// </summary>
internal sealed class ProbeSink(FrameSource source, bool keepMaps = true) : ISaliencyMapSink
{
    private readonly List<SaliencyMap> _maps = [];

    public IReadOnlyList<SaliencyMap> Maps => _maps;

    public long Written { get; private set; }

    public long MaxInFlight { get; private set; }

    public bool Completed { get; private set; }

    public bool InOrder { get; private set; } = true;

    public Action<long>? OnWrite { get; init; }

    public ValueTask WriteAsync(SaliencyMap map, CancellationToken cancellationToken)
    {
        InOrder &= map.FrameIndex == Written;
        MaxInFlight = Math.Max(MaxInFlight, source.Yielded - Written);
        Written++;
        if (keepMaps)
        {
            _maps.Add(map);
        }

        OnWrite?.Invoke(Written);
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        Completed = true;
        return ValueTask.CompletedTask;
    }
}
