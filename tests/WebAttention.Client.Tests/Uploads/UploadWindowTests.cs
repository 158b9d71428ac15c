using WebAttention.Client.Services.Uploads;

namespace WebAttention.Client.Tests.Uploads;

public class UploadWindowTests
{
    private const int Chunk = 64 * 1024;

    [Fact]
    public void Tracks_sent_and_acknowledged_bytes()
    {
        var window = new UploadWindow(length: 10 * Chunk, startOffset: 0, maxInFlightBytes: 4 * Chunk);

        window.MarkSent(0, Chunk);
        window.MarkSent(Chunk, Chunk);

        Assert.Equal(2 * Chunk, window.SentOffset);
        Assert.Equal(2 * Chunk, window.InFlightBytes);
        Assert.True(window.Acknowledge(Chunk));
        Assert.Equal(Chunk, window.AcknowledgedOffset);
        Assert.Equal(Chunk, window.InFlightBytes);
    }

    [Fact]
    public void Has_no_room_once_the_window_is_full()
    {
        var window = new UploadWindow(10 * Chunk, 0, 2 * Chunk);
        window.MarkSent(0, Chunk);
        Assert.True(window.HasRoomFor(Chunk));

        window.MarkSent(Chunk, Chunk);

        Assert.False(window.HasRoomFor(Chunk));
    }

    [Fact]
    public void An_empty_window_takes_a_chunk_larger_than_itself()
    {
        var window = new UploadWindow(10 * Chunk, 0, Chunk / 2);

        Assert.True(window.HasRoomFor(Chunk));
    }

    [Fact]
    public void Stale_and_impossible_acks_are_ignored()
    {
        var window = new UploadWindow(10 * Chunk, 0, 4 * Chunk);
        window.MarkSent(0, Chunk);
        window.MarkSent(Chunk, Chunk);
        window.Acknowledge(2 * Chunk);

        Assert.False(window.Acknowledge(Chunk));
        Assert.False(window.Acknowledge(3 * Chunk));
        Assert.Equal(2 * Chunk, window.AcknowledgedOffset);
    }

    [Fact]
    public void A_chunk_that_does_not_continue_the_upload_is_refused()
    {
        var window = new UploadWindow(10 * Chunk, 0, 4 * Chunk);
        window.MarkSent(0, Chunk);

        Assert.Throws<InvalidOperationException>(() => window.MarkSent(2 * Chunk, Chunk));
        Assert.Throws<InvalidOperationException>(() => window.MarkSent(Chunk, 10 * Chunk));
    }

    [Fact]
    public void A_resumed_window_starts_at_the_acknowledged_offset()
    {
        var window = new UploadWindow(10 * Chunk, 3 * Chunk, 2 * Chunk);

        Assert.Equal(3 * Chunk, window.SentOffset);
        Assert.Equal(3 * Chunk, window.AcknowledgedOffset);
        Assert.Throws<InvalidOperationException>(() => window.MarkSent(0, Chunk));
    }

    [Fact]
    public async Task The_producer_waits_for_an_ack_when_the_window_is_full()
    {
        var window = new UploadWindow(10 * Chunk, 0, 2 * Chunk);
        window.MarkSent(0, Chunk);
        window.MarkSent(Chunk, Chunk);

        var waiting = window.WaitForRoomAsync(Chunk, CancellationToken.None);
        await Task.Delay(20);
        Assert.False(waiting.IsCompleted);

        window.Acknowledge(Chunk);
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Growing_the_window_lets_a_waiting_producer_go_and_shrinking_it_holds_the_next_chunk()
    {
        var window = new UploadWindow(10 * Chunk, 0, 2 * Chunk);
        window.MarkSent(0, Chunk);
        window.MarkSent(Chunk, Chunk);
        var waiting = window.WaitForRoomAsync(Chunk, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        window.Resize(4 * Chunk);
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        window.MarkSent(2 * Chunk, Chunk);

        window.Resize(2 * Chunk);
        Assert.False(window.HasRoomFor(Chunk));
        window.Acknowledge(3 * Chunk);
        Assert.True(window.HasRoomFor(Chunk));
    }

    [Fact]
    public async Task Waiting_for_room_ends_when_cancelled()
    {
        var window = new UploadWindow(10 * Chunk, 0, Chunk);
        window.MarkSent(0, Chunk);
        using var cts = new CancellationTokenSource();

        var waiting = window.WaitForRoomAsync(Chunk, cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task Completion_is_signalled_by_the_last_ack()
    {
        var window = new UploadWindow(2 * Chunk, 0, 4 * Chunk);
        window.MarkSent(0, Chunk);
        window.MarkSent(Chunk, Chunk);
        var done = window.WaitForCompletionAsync(CancellationToken.None);

        window.Acknowledge(Chunk);
        Assert.False(done.IsCompleted);
        window.Acknowledge(2 * Chunk);

        await done.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(window.IsComplete);
    }
}
