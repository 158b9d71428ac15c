using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core.Live;

namespace WebAttention.Client.Services.Live;

/// <summary>
/// Streams frames to the live hub and hands each result to a callback with its round-trip latency. At most
/// <see cref="FramesInFlight"/> frames are sent and unanswered at a time: a frame offered beyond that is dropped here
/// (<see cref="TrySend"/> returns false) rather than queued, so latency stays bounded when the server falls behind.
/// </summary>
public sealed class LiveStreamer : IAsyncDisposable
{
    private readonly Channel<LiveFrame> _outgoing;
    private readonly Func<LiveFrameResult, double, Task> _onResult;
    private readonly Func<double> _clock;
    private readonly CancellationTokenSource _stop;
    private readonly LiveStreamStats _stats = new();
    private readonly object _gate = new();
    private readonly Queue<long> _sent = new();
    private Task _reading = Task.CompletedTask;

    private LiveStreamer(int framesInFlight, Func<LiveFrameResult, double, Task> onResult, Func<double> clock, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(framesInFlight, 1);
        FramesInFlight = framesInFlight;
        _onResult = onResult;
        _clock = clock;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Never more than the in-flight limit can wait here, so a write never blocks.
        _outgoing = Channel.CreateBounded<LiveFrame>(new BoundedChannelOptions(framesInFlight) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    }

    /// <summary>Frames sent and not yet answered, at most.</summary>
    public int FramesInFlight { get; }

    /// <summary>Counts so far.</summary>
    public LiveStreamStats Stats => _stats;

    /// <summary>Ends when the server's result stream ends; faults with the server's error (e.g. a refused frame).</summary>
    public Task Completion => _reading;

    /// <summary>
    /// Opens a session on <paramref name="connection"/> (started, on <see cref="LiveHubContract.Route"/>).
    /// <paramref name="onResult"/> gets each result and its latency in ms by <paramref name="clock"/> (the clock frames' <see cref="LiveFrame.CapturedAt"/> use).
    /// </summary>
    public static LiveStreamer Start(
        HubConnection connection, LiveSessionRequest request, int framesInFlight, Func<double> clock,
        Func<LiveFrameResult, double, Task> onResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(onResult);
        ArgumentNullException.ThrowIfNull(clock);
        var streamer = new LiveStreamer(framesInFlight, onResult, clock, cancellationToken);
        var results = connection.StreamAsync<LiveFrameResult>(LiveHubContract.Analyse, request, streamer._outgoing.Reader, streamer._stop.Token);
        streamer._reading = streamer.ReadAsync(results);
        return streamer;
    }

    /// <summary>Sends <paramref name="frame"/> unless the in-flight limit is reached (then it is dropped and false returned).</summary>
    /// <exception cref="ArgumentException">The frame is larger than the hub accepts (<see cref="LiveHubContract.MaxFrameBytes"/>).</exception>
    public bool TrySend(LiveFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Data.Length > LiveHubContract.MaxFrameBytes)
        {
            throw new ArgumentException(
                $"A live frame may have at most {LiveHubContract.MaxFrameBytes} bytes (RGB at 320×180); this one has {frame.Data.Length}. Send it smaller or as JPEG.",
                nameof(frame));
        }

        lock (_gate)
        {
            if (_reading.IsCompleted || _sent.Count >= FramesInFlight || !_outgoing.Writer.TryWrite(frame))
            {
                _stats.DroppedByClient++;
                return false;
            }

            _sent.Enqueue(frame.Sequence);
            _stats.Sent++;
            _stats.MaxInFlight = Math.Max(_stats.MaxInFlight, _sent.Count);
            return true;
        }
    }

    /// <summary>Says no more frames come and waits for the results of those sent.</summary>
    public async Task CompleteAsync()
    {
        _outgoing.Writer.TryComplete();
        await _reading.ConfigureAwait(false);
    }

    private async Task ReadAsync(IAsyncEnumerable<LiveFrameResult> results)
    {
        try
        {
            await foreach (var result in results.ConfigureAwait(false))
            {
                var latency = _clock() - result.CapturedAt;
                lock (_gate)
                {
                    // Results come in send order; frames sent after this one are still in flight.
                    while (_sent.Count > 0 && _sent.Peek() <= result.Sequence)
                    {
                        _sent.Dequeue();
                    }

                    _stats.LaterFramesInFlightAtAnswer = Math.Max(_stats.LaterFramesInFlightAtAnswer, _sent.Count);
                    if (result.Dropped)
                    {
                        _stats.DroppedByServer++;
                    }
                    else
                    {
                        _stats.Answered++;
                    }
                }

                await _onResult(result, latency).ConfigureAwait(false);
            }
        }
        finally
        {
            _outgoing.Writer.TryComplete();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _outgoing.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _reading.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or HubException or InvalidOperationException)
        {
            // Stopping: the stream's end is expected; its error was already seen through Completion.
        }

        _stop.Dispose();
    }
}

/// <summary>What a <see cref="LiveStreamer"/> has done so far.</summary>
public sealed class LiveStreamStats
{
    /// <summary>Frames sent to the server.</summary>
    public long Sent { get; internal set; }

    /// <summary>Frames dropped here because the in-flight limit was reached.</summary>
    public long DroppedByClient { get; internal set; }

    /// <summary>Frames the server skipped (a newer one was waiting).</summary>
    public long DroppedByServer { get; internal set; }

    /// <summary>Frames answered with a map.</summary>
    public long Answered { get; internal set; }

    /// <summary>The most frames ever sent and unanswered at once.</summary>
    public int MaxInFlight { get; internal set; }

    /// <summary>The most frames sent after a frame and still unanswered when its answer came (bounded by the in-flight limit: no backlog).</summary>
    public int LaterFramesInFlightAtAnswer { get; internal set; }
}
