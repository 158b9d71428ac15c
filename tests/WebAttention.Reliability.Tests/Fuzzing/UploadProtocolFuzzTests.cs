using System.Buffers;
using CsCheck;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using WebAttention.Core.Hubs;
using WebAttention.Core.Uploads;
using WebAttention.Data.Entities;
using WebAttention.Server.Uploads;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Fuzzing;

/// <summary>
/// The upload protocol as the server reads it: hub frames (MessagePack, the clips hub's own argument types) and then the
/// chunk check and the display title. A frame is a message or <see cref="InvalidDataException"/>; a chunk is stored only when
/// it is exactly the next bytes (else <see cref="UploadException"/>); a title never holds a path or a control character.
/// </summary>
public sealed class UploadProtocolFuzzTests(ITestOutputHelper output)
{
    private static readonly MessagePackHubProtocol Protocol = new();

    private static readonly Guid UploadId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    /// <summary>Frames the client really sends: begin, a stream of chunks, complete, with arguments of every kind.</summary>
    private static Gen<byte[]> ValidFrame { get; } = Gen.Select(Gen.Int[0, 3], Gen.Long[-1, 1L << 40], Gen.Byte.Array[0, 64], Gen.UInt, Gen.String[0, 40])
        .Select((kind, offset, data, checksum, text) => Frame(kind switch
        {
            0 => new InvocationMessage("1", ClipHubContract.BeginUpload, [new BeginUploadRequest(text, offset)]),
            1 => new StreamItemMessage("2", new UploadChunk(offset, data, checksum)),
            2 => new InvocationMessage("3", ClipHubContract.CompleteUpload, [UploadId, text]),
            _ => new StreamInvocationMessage("4", ClipHubContract.UploadChunks, [UploadId], ["2"]),
        }));

    /// <summary>A valid frame with bytes flipped, dropped, inserted or the frame cut short.</summary>
    private static Gen<byte[]> MutatedFrame { get; } = Gen.Select(ValidFrame, Gen.Select(Gen.Int[0, 3], Gen.Int[0, 1000], Gen.Byte).Array[1, 6])
        .Select((frame, edits) =>
        {
            var bytes = frame.ToList();
            foreach (var (kind, at, value) in edits)
            {
                var i = bytes.Count == 0 ? 0 : at % bytes.Count;
                switch (kind)
                {
                    case 0 when bytes.Count > 0: bytes[i] = value; break;
                    case 1 when bytes.Count > 0: bytes.RemoveAt(i); break;
                    case 2: bytes.Insert(i, value); break;
                    default: bytes.RemoveRange(i, bytes.Count - i); break;
                }
            }

            return bytes.ToArray();
        });

    /// <summary>
    /// What SignalR's MessagePack layer (not ours) throws for a broken frame; the hub then closes that one connection. Found
    /// by these generators and kept as documented: <see cref="FormatException"/> for a length prefix over 2 GB,
    /// <see cref="MessagePack.MessagePackSerializationException"/> for a wrong msgpack code in the envelope,
    /// <see cref="EndOfStreamException"/> for an envelope cut inside a value.
    /// </summary>
    private static readonly Type[] FrameErrors =
        [typeof(InvalidDataException), typeof(FormatException), typeof(MessagePack.MessagePackSerializationException), typeof(EndOfStreamException)];

    [Fact]
    public void Any_bytes_give_hub_messages_or_a_frame_error() =>
        Fuzz.Run(output, "upload hub frames (MessagePack)", "any bytes", JsonFuzz.Bytes, ReadFrames, Fuzz.Show, FrameErrors);

    [Fact]
    public void Mutated_upload_frames_give_hub_messages_or_a_frame_error() =>
        Fuzz.Run(output, "upload hub frames (MessagePack)", "mutated frames", MutatedFrame, ReadFrames, Fuzz.Show, FrameErrors);

    // Regression (mutated frames): a stream item of nil reaches the hub as a null chunk, which the check now refuses.
    [Fact]
    public void A_nil_stream_item_frame_is_refused_by_the_chunk_check()
    {
        var input = new ReadOnlySequence<byte>(Frame(new StreamItemMessage("2", null)));
        Assert.True(Protocol.TryParseMessage(ref input, new UploadBinder(), out var message));
        var item = Assert.IsType<StreamItemMessage>(message).Item;
        Assert.Throws<UploadException>(() => UploadStore.ValidateChunk(new Upload { OwnerId = "u", FileName = "f", Length = 10 }, 0, item as UploadChunk));
    }

    [Fact]
    public void A_chunk_is_accepted_only_when_it_is_exactly_the_next_whole_bytes()
    {
        var chunks = Gen.Select(Gen.Long[0, 300], Gen.Long[-5, 300], Gen.Byte.Array[0, 200], Gen.Bool, Gen.Long[1, 400], Gen.Int[0, 9])
            .Select((position, offset, data, rightSum, length, shape) => (position, length, chunk: shape switch
            {
                0 => null,
                1 => new UploadChunk(offset, null!, 0),
                _ => new UploadChunk(shape < 5 ? position : offset, data, rightSum ? Adler32.Compute(data) : Adler32.Compute(data) ^ 1),
            }));
        Fuzz.Run(output, "upload chunk check", "any chunk at any position", chunks, c =>
        {
            var upload = new Upload { Id = UploadId, OwnerId = "u", FileName = "f", Length = c.length };
            UploadStore.ValidateChunk(upload, c.position, c.chunk);
            // Accepted: it is the next bytes, whole, inside the announced length.
            Assert.NotNull(c.chunk);
            Assert.Equal(c.position, c.chunk.Offset);
            Assert.InRange(c.chunk.Data.Length, 1, ClipHubContract.ChunkBytes);
            Assert.True(c.position + c.chunk.Data.Length <= c.length);
            Assert.Equal(Adler32.Compute(c.chunk.Data), c.chunk.Checksum);
        }, c => $"position {c.position}, length {c.length}, chunk {(c.chunk is null ? "null" : $"offset {c.chunk.Offset}, {c.chunk.Data?.Length.ToString() ?? "no"} bytes, sum {c.chunk.Checksum}")}", typeof(UploadException));
    }

    // Regression (any chunk): a nil stream item reached the check as a null chunk and threw NullReferenceException.
    [Fact]
    public void A_null_chunk_is_an_upload_error() =>
        Assert.Throws<UploadException>(() => UploadStore.ValidateChunk(new Upload { OwnerId = "u", FileName = "f", Length = 10 }, 0, null));

    [Fact]
    public void Any_file_name_gives_a_title_without_path_or_control_characters() =>
        Fuzz.Run(output, "upload display title", "any text", Gen.OneOf(JsonFuzz.Text, Gen.String[0, 400], Gen.OneOf("../", "..\\", "/", "C:\\", "\0", "\n", "a", " ", "\u202e").Array[0, 30].Select(p => string.Concat(p))), name =>
        {
            var title = DisplayTitle.From(name);
            Assert.InRange(title.Length, 1, DisplayTitle.MaxLength);
            Assert.DoesNotContain('/', title);
            Assert.DoesNotContain('\\', title);
            Assert.DoesNotContain(title, char.IsControl);
            Assert.Equal(title.Trim(), title);
        }, Fuzz.Show);

    private static void ReadFrames(byte[] bytes)
    {
        var input = new ReadOnlySequence<byte>(bytes);
        while (Protocol.TryParseMessage(ref input, new UploadBinder(), out var message))
        {
            if (message is StreamItemMessage { Item: var item })
            {
                // What the hub does next with a chunk item: check it against an upload.
                try
                {
                    UploadStore.ValidateChunk(new Upload { OwnerId = "u", FileName = "f", Length = 1 << 20 }, 0, item as UploadChunk);
                }
                catch (UploadException)
                {
                }
            }
        }
    }

    private static byte[] Frame(HubMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Protocol.WriteMessage(message, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The clips hub's argument types, as the server binds them.</summary>
    private sealed class UploadBinder : IInvocationBinder
    {
        public Type GetReturnType(string invocationId) => typeof(object);

        public IReadOnlyList<Type> GetParameterTypes(string methodName) => methodName switch
        {
            ClipHubContract.BeginUpload => [typeof(BeginUploadRequest)],
            ClipHubContract.CompleteUpload => [typeof(Guid), typeof(string)],
            ClipHubContract.UploadChunks => [typeof(Guid)],
            _ => throw new HubException($"No hub method '{methodName}'."),
        };

        public Type GetStreamItemType(string streamId) => typeof(UploadChunk);
    }
}
