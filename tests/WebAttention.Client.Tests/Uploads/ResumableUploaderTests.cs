using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using WebAttention.Client.Services.Uploads;
using WebAttention.Client.Tests.Fakes;
using WebAttention.Core.Uploads;

namespace WebAttention.Client.Tests.Uploads;

public class ResumableUploaderTests
{
    private const int Chunk = 64 * 1024;
    private readonly FakeUploadHub hub = new();
    private readonly MemoryResumeStore store = new();
    private readonly UploadOptions options = new() { ChunkBytes = Chunk, MaxInFlightBytes = 4 * Chunk };

    private ResumableUploader Uploader() =>
        new(hub, store, options, TimeProvider.System, NullLogger<ResumableUploader>.Instance);

    [Fact]
    public async Task Sends_the_file_in_ordered_checksummed_chunks_and_completes_with_its_sha256()
    {
        var data = MemoryUploadSource.RandomBytes((5 * Chunk) + 1234);

        var result = await Uploader().UploadAsync(new MemoryUploadSource(data), null, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([0L, Chunk, 2L * Chunk, 3L * Chunk, 4L * Chunk, 5L * Chunk], hub.Received.Select(c => c.Offset));
        Assert.Equal(1234, hub.Received[^1].Data.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(data)), hub.CompletedSha256);
        Assert.Empty(store.Items);
    }

    [Fact]
    public async Task Never_runs_more_than_the_window_ahead_of_the_acks()
    {
        hub.AckBatchBytes = options.MaxInFlightBytes; // the server acks only in batches
        var data = MemoryUploadSource.RandomBytes(20 * Chunk);

        var result = await Uploader().UploadAsync(new MemoryUploadSource(data), null, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.Succeeded, result.Error);
        Assert.True(hub.MaxUnacknowledgedBytes <= options.MaxInFlightBytes, $"{hub.MaxUnacknowledgedBytes} unacknowledged");
    }

    [Fact]
    public async Task On_a_slow_link_progress_follows_every_acknowledged_chunk_and_little_is_left_in_flight()
    {
        // 40 KB/s, as in the report that saw "0 B (0 %)" and then a jump; default window options.
        hub.LinkBytesPerSecond = 40_000;
        var slow = new UploadOptions { ChunkBytes = Chunk };
        var data = MemoryUploadSource.RandomBytes((10 * Chunk) + 500);
        var reports = new List<(UploadProgress Progress, long HubAcknowledged)>();
        var uploader = new ResumableUploader(hub, store, slow, hub.Clock, NullLogger<ResumableUploader>.Instance);

        var result = await uploader.UploadAsync(new MemoryUploadSource(data), new InlineProgress(p => reports.Add((p, hub.Acknowledged))), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(result.Succeeded, result.Error);
        var uploading = reports.Where(r => r.Progress.Phase == UploadPhase.Uploading).ToList();
        var steps = uploading.Select(r => r.Progress.AcknowledgedBytes).Distinct().ToList();
        Assert.True(steps.Count >= 11, $"only {steps.Count} distinct progress values: {string.Join(", ", steps)}");
        Assert.Equal(steps.Order(), steps);
        Assert.All(uploading, r => Assert.True(r.Progress.AcknowledgedBytes <= r.HubAcknowledged, $"{r.Progress.AcknowledgedBytes} shown, {r.HubAcknowledged} acknowledged"));
        Assert.All(steps.Zip(steps.Skip(1)), s => Assert.True(s.Second - s.First <= Chunk, $"a jump from {s.First} to {s.Second}"));
        Assert.Equal(data.Length, steps[^1]);
        // About a second of the link is in flight (two chunks at 40 KB/s), not the whole 2 MB window.
        Assert.True(hub.MaxUnacknowledgedBytes <= 2 * Chunk, $"{hub.MaxUnacknowledgedBytes} bytes were in flight");
        Assert.InRange(uploading[^1].Progress.BytesPerSecond, 20_000, 80_000);
    }

    [Fact]
    public async Task An_interrupted_upload_resumes_with_the_same_file_picked_again_even_renamed()
    {
        var data = MemoryUploadSource.RandomBytes((6 * Chunk) + 10);
        var uploadId = hub.Seed(data[..(2 * Chunk)], data.Length);
        var interrupted = new UploadSummary(uploadId, "holiday.mp4", data.Length, 2 * Chunk, DateTime.UtcNow);

        var result = await Uploader().ResumeAsync(new MemoryUploadSource(data, "holiday copy.mp4"), interrupted, null, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([2L * Chunk], hub.HeadChecks);
        Assert.Equal(2L * Chunk, hub.Received[0].Offset);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(data)), hub.CompletedSha256);
    }

    [Fact]
    public async Task A_different_file_of_the_same_size_is_refused_clearly_and_nothing_is_sent()
    {
        var data = MemoryUploadSource.RandomBytes(6 * Chunk);
        var other = MemoryUploadSource.RandomBytes(6 * Chunk, seed: 7);
        var uploadId = hub.Seed(data[..(2 * Chunk)], data.Length);
        var interrupted = new UploadSummary(uploadId, "holiday.mp4", data.Length, 2 * Chunk, DateTime.UtcNow);

        var result = await Uploader().ResumeAsync(new MemoryUploadSource(other, "beach.mp4"), interrupted, null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("“beach.mp4” is not the file whose upload was interrupted (“holiday.mp4”): its content differs. Pick that file to resume, or discard the interrupted upload.", result.Error);
        Assert.Empty(hub.Received);
        Assert.Equal(data[..(2 * Chunk)], hub.Durable(uploadId));
    }

    [Fact]
    public async Task A_file_of_another_size_is_refused_before_asking_the_server()
    {
        var data = MemoryUploadSource.RandomBytes(6 * Chunk);
        var uploadId = hub.Seed(data[..Chunk], data.Length);
        var interrupted = new UploadSummary(uploadId, "holiday.mp4", data.Length, Chunk, DateTime.UtcNow);

        var result = await Uploader().ResumeAsync(new MemoryUploadSource(data[..^1], "holiday.mp4"), interrupted, null, CancellationToken.None);

        Assert.Contains("is not the file whose upload was interrupted", result.Error, StringComparison.Ordinal);
        Assert.Empty(hub.HeadChecks);
        Assert.Empty(hub.Received);
    }

    [Fact]
    public async Task Resumes_a_stored_upload_from_the_acknowledged_offset_and_rehashes_the_prefix()
    {
        var data = MemoryUploadSource.RandomBytes((6 * Chunk) + 10);
        var source = new MemoryUploadSource(data);
        var uploadId = hub.Seed(data[..(2 * Chunk)], data.Length);
        await store.SaveAsync(new PendingUpload(uploadId, source.Name, source.Length, source.LastModified.ToUnixTimeMilliseconds()), default);
        var reports = new List<UploadProgress>();

        var result = await Uploader().UploadAsync(source, new InlineProgress(reports.Add), CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2L * Chunk, hub.Received[0].Offset);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(data)), hub.CompletedSha256);
        Assert.Contains(reports, r => r.Phase == UploadPhase.Verifying && r.Resumed);
    }

    [Fact]
    public async Task Continues_after_a_dropped_connection_from_the_durable_length()
    {
        hub.DropAfterChunks = 3;
        var data = MemoryUploadSource.RandomBytes(8 * Chunk);
        var source = new MemoryUploadSource(data);
        var reports = new List<UploadProgress>();

        var result = await Uploader().UploadAsync(source, new InlineProgress(reports.Add), CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([0L, 3L * Chunk], hub.StreamStarts);
        Assert.Equal(2, source.Opens); // the second pass re-reads (and re-hashes) the prefix
        Assert.Contains(reports, r => r.Phase == UploadPhase.Reconnecting);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(data)), hub.CompletedSha256);
    }

    [Fact]
    public async Task A_refused_file_returns_the_servers_message_and_forgets_the_upload()
    {
        hub.CompleteError = "This file is not a video.";

        var result = await Uploader().UploadAsync(new MemoryUploadSource(MemoryUploadSource.RandomBytes(1000)), null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("This file is not a video.", result.Error);
        Assert.Empty(store.Items);
    }

    [Fact]
    public async Task Cancelling_pauses_and_keeps_the_upload_resumable()
    {
        hub.AckBatchBytes = long.MaxValue; // no acks: the producer stalls on the window
        hub.AckWhenCaughtUp = false;
        var data = MemoryUploadSource.RandomBytes(20 * Chunk);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Uploader().UploadAsync(new MemoryUploadSource(data), null, cts.Token));

        Assert.Single(store.Items);
        Assert.Equal(InFlightLimit.MinChunks, hub.Received.Count); // exactly one window (nothing measured yet: its minimum) went out
    }

    [Fact]
    public async Task Cancelling_before_the_server_answered_begin_discards_the_session_it_creates_afterwards()
    {
        var serverAnswers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.BeginDelay = serverAnswers.Task;
        using var cts = new CancellationTokenSource();
        var upload = Uploader().UploadAsync(new MemoryUploadSource(MemoryUploadSource.RandomBytes(3 * Chunk)), null, cts.Token);

        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upload);
        serverAnswers.SetResult();

        var cancelled = await WaitUntilAsync(() => hub.Cancelled.Count > 0);
        Assert.True(cancelled, "the late session was not discarded");
        Assert.Empty(await hub.ListUploadsAsync(CancellationToken.None));
        Assert.Empty(store.Items);
        Assert.Empty(hub.Received);
    }

    // Polls a fake's state set by a continuation; the bound only stops a hang.
    private static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }
        return condition();
    }

    [Fact]
    public async Task Discard_cancels_on_the_server_and_forgets_locally()
    {
        var uploadId = hub.Seed([1, 2, 3], 10);
        await store.SaveAsync(new PendingUpload(uploadId, "a.mp4", 10, 0), default);

        await Uploader().DiscardAsync(uploadId, CancellationToken.None);

        Assert.Equal([uploadId], hub.Cancelled);
        Assert.Empty(store.Items);
    }

    [Fact]
    public async Task Hashing_a_prefix_then_the_rest_equals_hashing_the_whole_file()
    {
        var data = MemoryUploadSource.RandomBytes(300_001);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var stream = new MemoryStream(data);

        await ResumableUploader.HashPrefixAsync(stream, hash, 123_456, CancellationToken.None);
        hash.AppendData(data, 123_456, data.Length - 123_456);

        Assert.Equal(SHA256.HashData(data), hash.GetHashAndReset());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(data)),
            await ResumableUploader.HashWholeAsync(new MemoryUploadSource(data), CancellationToken.None));
    }

    private sealed class InlineProgress(Action<UploadProgress> report) : IProgress<UploadProgress>
    {
        public void Report(UploadProgress value) => report(value);
    }
}
