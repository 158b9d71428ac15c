using System.Net;
using System.Net.Sockets;

namespace WebAttention.Testing;

/// <summary>What a <see cref="CutProxy"/> does once its armed byte count has gone to the server.</summary>
public enum CutMode
{
    /// <summary>Resets both sockets at once (RST): a dropped connection, cut in the middle of whatever was being sent.</summary>
    Drop,

    /// <summary>Stops forwarding towards the server and holds what the client sends next (a link that hangs mid-message).</summary>
    Stall,
}

/// <summary>
/// A TCP relay on a free loopback port in front of a server, over real sockets, that can cut the client → server
/// direction after an exact number of bytes: the bytes up to the cut arrive, the rest never does. Used to drop an
/// upload's connection in the middle of a chunk, or to hold it there while the server is killed.
/// </summary>
public sealed class CutProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(TcpClient Client, TcpClient Server)> _links = [];
    private readonly Task _accepting;
    private long _budget = long.MaxValue;
    private CutMode _mode;
    private TaskCompletionSource _cut = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CutProxy(Uri target)
    {
        _target = target;
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _accepting = AcceptAsync(_stop.Token);
    }

    /// <summary>Where clients connect instead of the server.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Completes when an armed cut has happened (all its bytes went through).</summary>
    public Task Cut => _cut.Task;

    /// <summary>
    /// From now on, lets <paramref name="bytes"/> more bytes (≥ 1) through towards the server, then cuts as
    /// <paramref name="mode"/> says. Counts the bytes of every connection through this proxy.
    /// </summary>
    public void Arm(long bytes, CutMode mode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1);
        lock (_links)
        {
            _mode = mode;
            _cut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Interlocked.Exchange(ref _budget, bytes);
        }
    }

    /// <summary>Lets everything through again (for the connection that resumes).</summary>
    public void Disarm() => Interlocked.Exchange(ref _budget, long.MaxValue);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        lock (_links)
        {
            foreach (var (client, server) in _links)
            {
                client.Dispose();
                server.Dispose();
            }
        }
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        _stop.Dispose();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is ObjectDisposedException or SocketException)
            {
                return;
            }
            var server = new TcpClient { NoDelay = true };
            client.NoDelay = true;
            try
            {
                await server.ConnectAsync(_target.Host, _target.Port, cancellationToken);
            }
            catch (SocketException)
            {
                // The server is down (killed): the client sees its connection refused, as it would without us.
                Reset(client);
                server.Dispose();
                continue;
            }
            lock (_links)
            {
                _links.Add((client, server));
            }
            _ = RelayAsync(client, server, cancellationToken);
        }
    }

    private async Task RelayAsync(TcpClient client, TcpClient server, CancellationToken cancellationToken)
    {
        var down = PumpAsync(server.GetStream(), client.GetStream(), cancellationToken);
        var up = PumpUpAsync(client, server, down, cancellationToken);
        await Task.WhenAny(up, down);
        // Either side gone: the other goes too (a killed server resets its client).
        Reset(client);
        Reset(server);
        await Task.WhenAll(up, down);
    }

    // Client → server, honouring the armed cut.
    private async Task PumpUpAsync(TcpClient client, TcpClient server, Task down, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            var from = client.GetStream();
            var to = server.GetStream();
            while (true)
            {
                var read = await from.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    return;
                }
                long allowed;
                lock (_links)
                {
                    allowed = Math.Min(read, Interlocked.Read(ref _budget));
                    Interlocked.Add(ref _budget, -allowed);
                }
                await to.WriteAsync(buffer.AsMemory(0, (int)allowed), cancellationToken);
                if (allowed == read && Interlocked.Read(ref _budget) > 0)
                {
                    continue;
                }
                await to.FlushAsync(cancellationToken);
                _cut.TrySetResult();
                if (_mode == CutMode.Drop)
                {
                    return; // RelayAsync resets both sockets.
                }
                // Stall: hold the connection open, forwarding nothing more, until the server side closes or we stop.
                await down;
                return;
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Either side reset.
        }
    }

    private static async Task PumpAsync(Stream from, Stream to, CancellationToken cancellationToken)
    {
        try
        {
            await from.CopyToAsync(to, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Either side reset.
        }
    }

    // Close with RST rather than FIN: an abrupt loss, not a goodbye.
    private static void Reset(TcpClient socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Already gone.
        }
        socket.Dispose();
    }
}
