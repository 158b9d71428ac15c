using System.Net.Http.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Hubs;
using WebAttention.Core.Uploads;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Hostile;

/// <summary>
/// Hostile calls of the upload protocol (hub <c>/hubs/clips</c>) and hostile file names: each is refused with a
/// specific sentence (or, for names, cleaned into a display title), nothing is stored beyond the last good byte, the
/// server stays up, and every upload a row starts is gone (cancelled, completed or refused) when the row ends.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class HostileProtocolTests(HostileServer host, ITestOutputHelper output)
{
    private const int Chunk = ClipHubContract.ChunkBytes;

    [Fact]
    public async Task Every_hostile_upload_call_is_refused_clearly_and_keeps_the_stored_bytes()
    {
        var runner = new HostileRunner(host, "hostile-protocol", output);
        var file = new byte[3 * Chunk];
        new Random(15).NextBytes(file);

        // Chunks: one good chunk first, then the hostile one; the durable offset must stay at the good chunk's end.
        async Task ChunkRow(string input, Func<UploadChunk> hostile, string expected, bool closesConnection = false) =>
            await runner.RowAsync(input, file.Length, async () =>
            {
                var hub = await host.Creator.ConnectAsync();
                var session = await TestUploader.BeginAsync(hub, "protocol.bin", file.Length);
                await TestUploader.SendAsync(hub, session.UploadId, file, 0, Chunk);
                var outcome = await SendRawAsync(hub, session.UploadId, [hostile()]);
                var durable = await DurableOffsetAsync(session.UploadId);
                await CancelAsync(session.UploadId);
                await hub.DisposeAsync();
                return outcome with { Message = $"{outcome.Message} (stored: {durable})" };
            }, o => (closesConnection ? o.Status == "closed" : HostileRunner.RefusedWith(expected)(o) is null) && o.Message.EndsWith($"(stored: {Chunk})", StringComparison.Ordinal)
                ? null
                : $"expected {(closesConnection ? "the connection closed" : $"a refusal saying \"{expected}\"")} with {Chunk} bytes stored");

        UploadChunk Good(long offset, int length) => new(offset, file[(int)offset..(int)(offset + length)], Adler32.Compute(file.AsSpan((int)offset, length)));

        await ChunkRow("chunk of 65,537 bytes", () => new UploadChunk(Chunk, new byte[Chunk + 1], Adler32.Compute(new byte[Chunk + 1])), "Chunks must hold 1 to 65536 bytes");
        await ChunkRow("chunk of 200 KB (over the 128 KB message limit)", () => new UploadChunk(Chunk, new byte[200 * 1024], 0), "", closesConnection: true);
        await ChunkRow("empty chunk", () => new UploadChunk(Chunk, [], Adler32.Compute([])), "Chunks must hold 1 to 65536 bytes");
        await ChunkRow("chunk without data (nil)", () => new UploadChunk(Chunk, null!, 1), "Chunks must hold 1 to 65536 bytes");
        await ChunkRow("out of order: skips ahead", () => Good(2 * Chunk, Chunk), $"Chunk at offset {2 * Chunk} arrived but the server has {Chunk} bytes");
        await ChunkRow("overlapping: repeats the stored chunk", () => Good(0, Chunk), $"Chunk at offset 0 arrived but the server has {Chunk} bytes");
        await ChunkRow("overlapping by one byte", () => new UploadChunk(Chunk - 1, file[(Chunk - 1)..(2 * Chunk - 1)], Adler32.Compute(file.AsSpan(Chunk - 1, Chunk))), $"Chunk at offset {Chunk - 1} arrived");
        await ChunkRow("negative offset", () => new UploadChunk(-1, [1, 2, 3], Adler32.Compute([1, 2, 3])), "Chunk at offset -1 arrived");
        await ChunkRow("offset long.MaxValue", () => new UploadChunk(long.MaxValue, [1], Adler32.Compute([1])), $"Chunk at offset {long.MaxValue} arrived");
        await ChunkRow("bad checksum", () => Good(Chunk, Chunk) with { Checksum = 12345 }, "Checksum mismatch in the chunk at offset");

        await runner.RowAsync("chunk past the announced length", 100, async () =>
        {
            var hub = await host.Creator.ConnectAsync();
            var session = await TestUploader.BeginAsync(hub, "short.bin", 100);
            var outcome = await SendRawAsync(hub, session.UploadId, [new UploadChunk(0, new byte[200], Adler32.Compute(new byte[200]))]);
            await CancelAsync(session.UploadId);
            return outcome;
        }, HostileRunner.RefusedWith("goes past the end of the announced file length"));

        await runner.RowAsync("two senders racing one upload", file.Length, async () =>
        {
            var first = await host.Creator.ConnectAsync();
            var second = await host.Creator.ConnectAsync();
            var session = await TestUploader.BeginAsync(first, "race.bin", file.Length);
            var outcomes = await Task.WhenAll(SendRawAsync(first, session.UploadId, [Good(0, Chunk)]), SendRawAsync(second, session.UploadId, [Good(0, Chunk)]));
            var durable = await DurableOffsetAsync(session.UploadId);
            await CancelAsync(session.UploadId);
            var refused = outcomes.Count(o => o.Status == "refused" && o.Message.Contains("Chunk at offset 0 arrived but the server has", StringComparison.Ordinal));
            return new Outcome(refused == 1 && durable == Chunk ? "refused" : "accepted", $"{refused} of 2 refused, stored {durable}");
        }, o => o.Status == "refused" ? null : "expected exactly one sender refused and one chunk stored");

        // Begin, resume, complete, head checks.
        await runner.RowAsync("begin with a negative length", 0, () => InvokeAsync<UploadSession>(ClipHubContract.BeginUpload, new BeginUploadRequest("neg.mp4", -5)), HostileRunner.RefusedWith("The file is empty"));
        await runner.RowAsync("begin with long.MaxValue bytes", 0, () => InvokeAsync<UploadSession>(ClipHubContract.BeginUpload, new BeginUploadRequest("huge.mp4", long.MaxValue)), HostileRunner.RefusedWith("; the limit is 2048 MB"));
        await runner.RowAsync("resume an unknown upload", 0, () => InvokeAsync<UploadSession>(ClipHubContract.ResumeUpload, Guid.NewGuid()), HostileRunner.RefusedWith("No such upload"));
        await runner.RowAsync("complete an unknown upload", 0, () => InvokeAsync<UploadResult>(ClipHubContract.CompleteUpload, Guid.NewGuid(), new string('0', 64)), HostileRunner.RefusedWith("No such upload"));
        await runner.RowAsync("cancel an unknown upload", 0, () => InvokeAsync<object>(ClipHubContract.CancelUpload, Guid.NewGuid()), HostileRunner.RefusedWith("No such upload"));

        await WithUploadAsync(runner, "complete before the last byte", async (hub, id) =>
            Result(await hub.InvokeAsync<UploadResult>(ClipHubContract.CompleteUpload, id, new string('0', 64))), HostileRunner.RefusedWith($"Only {Chunk} of {2 * Chunk} bytes have arrived"));
        await WithUploadAsync(runner, "head check longer than what is stored", (hub, id) =>
            InvokeAsync<bool>(hub, ClipHubContract.CheckUploadHead, id, (long)Chunk + 1, new string('0', 64)), HostileRunner.RefusedWith($"Only {Chunk:N0} bytes of this upload are on the server"));
        await WithUploadAsync(runner, "head check of a negative length", (hub, id) =>
            InvokeAsync<bool>(hub, ClipHubContract.CheckUploadHead, id, -1L, new string('0', 64)), HostileRunner.RefusedWith("bytes of this upload are on the server"));
        await WithUploadAsync(runner, "another user sends to this upload", async (_, id) =>
        {
            var intruder = await host.Admin.ConnectAsync();
            var outcome = await SendRawAsync(intruder, id, [Good(Chunk, Chunk)]);
            await intruder.DisposeAsync();
            return outcome;
        }, HostileRunner.RefusedWith("No such upload"));
        await WithUploadAsync(runner, "another user completes this upload", async (_, id) =>
        {
            var intruder = await host.Admin.ConnectAsync();
            var outcome = await InvokeAsync<UploadResult>(intruder, ClipHubContract.CompleteUpload, id, new string('0', 64));
            await intruder.DisposeAsync();
            return outcome;
        }, HostileRunner.RefusedWith("No such upload"));

        await runner.RowAsync("complete with the wrong SHA-256 (all bytes sent)", file.Length, async () =>
        {
            var hub = await host.Creator.ConnectAsync();
            var session = await TestUploader.BeginAsync(hub, "wrong-hash.bin", file.Length);
            await TestUploader.SendAsync(hub, session.UploadId, file, 0, file.Length);
            var result = Result(await hub.InvokeAsync<UploadResult>(ClipHubContract.CompleteUpload, session.UploadId, new string('a', 64)));
            var again = await InvokeAsync<UploadResult>(hub, ClipHubContract.CompleteUpload, session.UploadId, new string('a', 64));
            await hub.DisposeAsync();
            return result with { Message = $"{result.Message} / again: {again.Message}" };
        }, o => HostileRunner.RefusedWith("arrived damaged")(o) is null && o.Message.Contains("No such upload", StringComparison.Ordinal) ? null : "expected damaged, then gone");

        await runner.RowAsync("send after cancel", Chunk, async () =>
        {
            var hub = await host.Creator.ConnectAsync();
            var session = await TestUploader.BeginAsync(hub, "cancelled.bin", file.Length);
            await hub.InvokeAsync(ClipHubContract.CancelUpload, session.UploadId);
            var outcome = await SendRawAsync(hub, session.UploadId, [Good(0, Chunk)]);
            await hub.DisposeAsync();
            return outcome;
        }, HostileRunner.RefusedWith("No such upload"));

        await runner.RowAsync("more unfinished uploads than allowed", 0, async () =>
        {
            var hub = await host.Creator.ConnectAsync();
            var started = new List<Guid>();
            Outcome outcome = new("accepted", "no limit reached after 50");
            for (var i = 0; i < 50; i++)
            {
                try
                {
                    started.Add((await TestUploader.BeginAsync(hub, $"open-{i}.bin", 10)).UploadId);
                }
                catch (HubException ex)
                {
                    outcome = Outcome.Refused($"after {started.Count}: {ex.Message}");
                    break;
                }
            }
            foreach (var id in started)
            {
                await hub.InvokeAsync(ClipHubContract.CancelUpload, id);
            }
            await hub.DisposeAsync();
            return outcome;
        }, HostileRunner.RefusedWith("unfinished uploads; finish or cancel one first"));

        await HostileNames.RunAsync(host, runner);

        runner.Finish();
    }

    // A started upload holding one chunk, for a row that attacks it; cancelled afterwards.
    private async Task WithUploadAsync(HostileRunner runner, string input, Func<HubConnection, Guid, Task<Outcome>> attack, Func<Outcome, string?> expect)
    {
        var file = new byte[2 * Chunk];
        await runner.RowAsync(input, file.Length, async () =>
        {
            var hub = await host.Creator.ConnectAsync();
            var session = await TestUploader.BeginAsync(hub, "target.bin", file.Length);
            await TestUploader.SendAsync(hub, session.UploadId, file, 0, Chunk);
            var outcome = await attack(hub, session.UploadId);
            await CancelAsync(session.UploadId);
            await hub.DisposeAsync();
            return outcome;
        }, expect);
    }

    /// <summary>Streams <paramref name="chunks"/> as UploadChunks; refused (HubException), closed (connection lost) or accepted.</summary>
    internal static async Task<Outcome> SendRawAsync(HubConnection hub, Guid uploadId, IReadOnlyList<UploadChunk> chunks)
    {
        var channel = Channel.CreateUnbounded<UploadChunk>();
        foreach (var chunk in chunks)
        {
            await channel.Writer.WriteAsync(chunk);
        }
        channel.Writer.Complete();
        try
        {
            await hub.InvokeAsync(ClipHubContract.UploadChunks, uploadId, channel.Reader).WaitAsync(TimeSpan.FromSeconds(30));
            return new Outcome("accepted", "stored");
        }
        catch (HubException ex) when (ex.Message.Contains("closed the connection", StringComparison.Ordinal))
        {
            return new Outcome("closed", ex.Message);
        }
        catch (HubException ex)
        {
            return Outcome.Refused(ex.Message);
        }
        catch (Exception ex) when (ex is InvalidOperationException or TaskCanceledException or OperationCanceledException or IOException)
        {
            return new Outcome("closed", $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<Outcome> InvokeAsync<T>(string method, params object?[] arguments)
    {
        var hub = await host.Creator.ConnectAsync();
        try
        {
            return await InvokeAsync<T>(hub, method, arguments);
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    private static async Task<Outcome> InvokeAsync<T>(HubConnection hub, string method, params object?[] arguments)
    {
        try
        {
            var answer = await hub.InvokeCoreAsync<T>(method, arguments);
            return answer is UploadResult result ? Result(result) : new Outcome("accepted", $"{answer}");
        }
        catch (HubException ex)
        {
            return Outcome.Refused(ex.Message);
        }
    }

    private static Outcome Result(UploadResult result) =>
        result.ClipId is null ? Outcome.Refused(result.Error ?? "(no message)") : new Outcome("accepted", $"clip {result.ClipId}");

    private async Task<long> DurableOffsetAsync(Guid uploadId)
    {
        var hub = await host.Creator.ConnectAsync();
        try
        {
            return (await hub.InvokeAsync<UploadSession>(ClipHubContract.ResumeUpload, uploadId)).AcknowledgedOffset;
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    private async Task CancelAsync(Guid uploadId)
    {
        var hub = await host.Creator.ConnectAsync();
        try
        {
            await hub.InvokeAsync(ClipHubContract.CancelUpload, uploadId);
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }
}
