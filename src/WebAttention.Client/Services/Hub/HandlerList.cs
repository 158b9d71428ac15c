namespace WebAttention.Client.Services.Hub;

/// <summary>A list of async handlers with disposable subscriptions; a failing handler does not stop the others.</summary>
internal sealed class HandlerList<T>
{
    private readonly Lock gate = new();
    private readonly List<Func<T, Task>> handlers = [];

    public IDisposable Add(Func<T, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (gate)
        {
            handlers.Add(handler);
        }
        return new Subscription(this, handler);
    }

    public void Invoke(T value) => _ = InvokeAsync(value);

    public async Task InvokeAsync(T value)
    {
        Func<T, Task>[] snapshot;
        lock (gate)
        {
            snapshot = [.. handlers];
        }
        foreach (var handler in snapshot)
        {
            try
            {
                await handler(value);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A subscriber's bug must not break the hub's dispatch loop.
                Console.Error.WriteLine($"Hub event handler failed: {ex}");
            }
        }
    }

    private void Remove(Func<T, Task> handler)
    {
        lock (gate)
        {
            handlers.Remove(handler);
        }
    }

    private sealed class Subscription(HandlerList<T> owner, Func<T, Task> handler) : IDisposable
    {
        public void Dispose() => owner.Remove(handler);
    }
}
