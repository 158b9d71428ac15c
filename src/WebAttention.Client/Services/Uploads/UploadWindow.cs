namespace WebAttention.Client.Services.Uploads;

/// <summary>
/// Bookkeeping of one pass over an upload: what was sent, what the server made durable, and a
/// bounded window of unacknowledged bytes that keeps the producer tied to the acknowledgements.
/// Pure logic; safe to call from the ack callback and the producer at the same time.
/// </summary>
public sealed class UploadWindow
{
    private readonly Lock gate = new();
    private TaskCompletionSource changed = NewSignal();

    /// <summary>Creates a window for a file of <paramref name="length"/> bytes resumed at <paramref name="startOffset"/>.</summary>
    /// <param name="length">File length in bytes.</param>
    /// <param name="startOffset">Durable length on the server when this pass starts.</param>
    /// <param name="maxInFlightBytes">Most unacknowledged bytes before the producer waits.</param>
    public UploadWindow(long length, long startOffset, long maxInFlightBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfNegative(startOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startOffset, length);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxInFlightBytes);
        Length = length;
        SentOffset = startOffset;
        AcknowledgedOffset = startOffset;
        MaxInFlightBytes = maxInFlightBytes;
    }

    /// <summary>File length in bytes.</summary>
    public long Length { get; }

    /// <summary>Most unacknowledged bytes allowed before <see cref="WaitForRoomAsync"/> waits (see <see cref="Resize"/>).</summary>
    public long MaxInFlightBytes { get; private set; }

    /// <summary>End of the last chunk handed to the connection.</summary>
    public long SentOffset { get; private set; }

    /// <summary>Bytes the server reported durable.</summary>
    public long AcknowledgedOffset { get; private set; }

    /// <summary>Bytes sent but not yet acknowledged.</summary>
    public long InFlightBytes
    {
        get
        {
            lock (gate)
            {
                return SentOffset - AcknowledgedOffset;
            }
        }
    }

    /// <summary>True once every byte is acknowledged.</summary>
    public bool IsComplete
    {
        get
        {
            lock (gate)
            {
                return AcknowledgedOffset >= Length;
            }
        }
    }

    /// <summary>
    /// True when a chunk of <paramref name="bytes"/> fits in the window. An empty window always has room,
    /// so a chunk larger than the window still moves.
    /// </summary>
    public bool HasRoomFor(int bytes)
    {
        lock (gate)
        {
            var inFlight = SentOffset - AcknowledgedOffset;
            return inFlight == 0 || inFlight + bytes <= MaxInFlightBytes;
        }
    }

    /// <summary>Records that the chunk at <paramref name="offset"/> was handed to the connection.</summary>
    /// <exception cref="InvalidOperationException">The chunk does not continue the sent bytes.</exception>
    public void MarkSent(long offset, int bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        lock (gate)
        {
            if (offset != SentOffset)
            {
                throw new InvalidOperationException($"Chunk at {offset} does not continue the upload at {SentOffset}.");
            }
            if (offset + bytes > Length)
            {
                throw new InvalidOperationException($"Chunk at {offset} of {bytes} bytes runs past the end ({Length}).");
            }
            SentOffset = offset + bytes;
        }
    }

    /// <summary>
    /// Applies an acknowledgement. Stale (not advancing) or impossible (past what was sent) offsets are ignored.
    /// </summary>
    /// <returns>True when the durable length advanced.</returns>
    public bool Acknowledge(long acknowledgedOffset)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            if (acknowledgedOffset <= AcknowledgedOffset || acknowledgedOffset > SentOffset)
            {
                return false;
            }
            AcknowledgedOffset = acknowledgedOffset;
            signal = changed;
            changed = NewSignal();
        }
        signal.TrySetResult();
        return true;
    }

    /// <summary>
    /// Changes how many unacknowledged bytes are allowed (the uploader sizes the window to the measured rate,
    /// so a slow link never has more in flight than it carries in about a second).
    /// </summary>
    public void Resize(long maxInFlightBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxInFlightBytes);
        TaskCompletionSource? signal = null;
        lock (gate)
        {
            if (maxInFlightBytes > MaxInFlightBytes)
            {
                signal = changed;
                changed = NewSignal();
            }
            MaxInFlightBytes = maxInFlightBytes;
        }
        signal?.TrySetResult();
    }

    /// <summary>Waits until a chunk of <paramref name="bytes"/> fits in the window.</summary>
    public async Task WaitForRoomAsync(int bytes, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task next;
            lock (gate)
            {
                var inFlight = SentOffset - AcknowledgedOffset;
                if (inFlight == 0 || inFlight + bytes <= MaxInFlightBytes)
                {
                    return;
                }
                next = changed.Task;
            }
            await next.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits until every byte is acknowledged.</summary>
    public async Task WaitForCompletionAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (AcknowledgedOffset >= Length)
                {
                    return;
                }
                next = changed.Task;
            }
            await next.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
