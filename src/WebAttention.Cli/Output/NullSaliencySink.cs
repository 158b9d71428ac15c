using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Abstractions;

namespace WebAttention.Cli.Output;

/// <summary>Counts maps and drops them (benchmarks measure the pipeline, not the disk).</summary>
public sealed class NullSaliencySink : ISaliencyMapSink
{
    /// <summary>Maps received.</summary>
    public long Received { get; private set; }

    /// <inheritdoc />
    public ValueTask WriteAsync(SaliencyMap map, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Received++;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
