using WebAttention.Pipeline.Abstractions;

namespace WebAttention.Server.Analysis;

/// <summary>
/// A predictor shared by reference count: the host holds one reference while it is the default, each running
/// job holds one through a <see cref="PredictorLease"/>. The last release disposes it, so switching the default
/// never pulls a session from under a running job.
/// </summary>
internal sealed class SharedPredictor(string modelName, ISaliencyPredictor predictor)
{
    private int _references = 1;

    /// <summary>Folder name of the model.</summary>
    public string ModelName { get; } = modelName;

    /// <summary>The predictor.</summary>
    public ISaliencyPredictor Predictor { get; } = predictor;

    /// <summary>True once the last reference went and the predictor was disposed.</summary>
    public bool IsDisposed => Volatile.Read(ref _references) == 0;

    /// <summary>Takes a reference unless the predictor is already gone.</summary>
    public bool TryAddReference()
    {
        while (true)
        {
            var count = Volatile.Read(ref _references);
            if (count == 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _references, count + 1, count) == count)
            {
                return true;
            }
        }
    }

    /// <summary>Drops a reference; the last one disposes the predictor.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            (Predictor as IDisposable)?.Dispose();
        }
    }
}

/// <summary>A job's hold on the predictor it started with; dispose it when the job is done with the model.</summary>
public sealed class PredictorLease : IDisposable
{
    private SharedPredictor? _shared;

    internal PredictorLease(SharedPredictor shared) => _shared = shared;

    /// <summary>The predictor, valid until the lease is disposed.</summary>
    public ISaliencyPredictor Predictor => (_shared ?? throw new ObjectDisposedException(nameof(PredictorLease))).Predictor;

    /// <inheritdoc />
    public void Dispose() => Interlocked.Exchange(ref _shared, null)?.Release();
}
