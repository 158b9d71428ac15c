using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Abstractions;

namespace WebAttention.Pipeline.Storage;

/// <summary>Keeps every map in memory (tests, previews of short clips). Not for long clips.</summary>
public sealed class InMemorySaliencySink : ISaliencyMapSink
{
    private readonly List<SaliencyMap> _maps = [];

    /// <summary>The maps written so far, in order.</summary>
    public IReadOnlyList<SaliencyMap> Maps => _maps;

    /// <summary>True once <see cref="CompleteAsync"/> has been called.</summary>
    public bool IsCompleted { get; private set; }

    /// <inheritdoc />
    public ValueTask WriteAsync(SaliencyMap map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(map);
        cancellationToken.ThrowIfCancellationRequested();
        if (IsCompleted)
        {
            throw new InvalidOperationException("The sink is already complete.");
        }

        _maps.Add(map);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IsCompleted = true;
        return ValueTask.CompletedTask;
    }
}
