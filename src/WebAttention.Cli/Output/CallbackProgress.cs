namespace WebAttention.Cli.Output;

/// <summary>An <see cref="IProgress{T}"/> that runs the callback inline on the reporting thread (no reordering).</summary>
internal sealed class CallbackProgress<T>(Action<T> callback) : IProgress<T>
{
    public void Report(T value) => callback(value);
}
