using WebAttention.Core.Saliency;

namespace WebAttention.Pipeline.Abstractions;

/// <summary>Where finished maps go, in frame order (chunked 8-bit store, PNG folder, ...).</summary>
public interface ISaliencyMapSink
{
    /// <summary>Stores the map of the next frame.</summary>
    ValueTask WriteAsync(SaliencyMap map, CancellationToken cancellationToken);

    /// <summary>Called once after the last map.</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}
