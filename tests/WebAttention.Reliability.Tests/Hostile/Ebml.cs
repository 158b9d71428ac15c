using System.Buffers.Binary;
using System.Text;

namespace WebAttention.Reliability.Tests.Hostile;

/// <summary>
/// A tiny Matroska (EBML) writer, ours, for files ffmpeg's muxer will not make: thousands of tracks, absurd
/// durations. Every element size is written as an 8-byte vint, which every EBML reader accepts.
/// </summary>
public static class Ebml
{
    public static byte[] Element(uint id, params byte[][] children)
    {
        var payload = children.SelectMany(c => c).ToArray();
        var idBytes = BigEndian(id);
        var size = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(size, (ulong)payload.Length);
        size[0] = 0x01;
        return [.. idBytes, .. size, .. payload];
    }

    public static byte[] Uint(uint id, ulong value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, value);
        return Element(id, bytes.SkipWhile((b, i) => b == 0 && i < 7).ToArray());
    }

    public static byte[] Float(uint id, double value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
        return Element(id, bytes);
    }

    public static byte[] Text(uint id, string value) => Element(id, Encoding.ASCII.GetBytes(value));

    /// <summary>
    /// A Matroska file: one MJPEG video track (frames <paramref name="jpegFrames"/>, 100 ms apart) plus
    /// <paramref name="extraAudioTracks"/> PCM tracks that never carry a block, claiming <paramref name="durationMilliseconds"/>.
    /// </summary>
    public static byte[] Matroska(IReadOnlyList<byte[]> jpegFrames, int width, int height, int extraAudioTracks, double durationMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(jpegFrames);
        var header = Element(0x1A45DFA3, Text(0x4282, "matroska"), Uint(0x4287, 4), Uint(0x4285, 2));
        var info = Element(0x1549A966, Uint(0x2AD7B1, 1_000_000), Float(0x4489, durationMilliseconds), Text(0x4D80, "hostile"), Text(0x5741, "hostile"));
        var tracks = new List<byte[]>
        {
            Element(0xAE, Uint(0xD7, 1), Uint(0x73C5, 1), Uint(0x83, 1), Text(0x86, "V_MJPEG"), Element(0xE0, Uint(0xB0, (ulong)width), Uint(0xBA, (ulong)height))),
        };
        for (var i = 0; i < extraAudioTracks; i++)
        {
            var number = (ulong)(i + 2);
            tracks.Add(Element(0xAE, Uint(0xD7, number), Uint(0x73C5, number), Uint(0x83, 2), Text(0x86, "A_PCM/INT/LIT"),
                Element(0xE1, Float(0xB5, 8000), Uint(0x9F, 1), Uint(0x6264, 16))));
        }
        var blocks = jpegFrames.Select((frame, n) =>
        {
            var block = new byte[4 + frame.Length];
            block[0] = 0x81; // track 1
            BinaryPrimitives.WriteInt16BigEndian(block.AsSpan(1), (short)(n * 100));
            block[3] = 0x80; // keyframe
            frame.CopyTo(block, 4);
            return Element(0xA3, block);
        });
        var cluster = Element(0x1F43B675, [Uint(0xE7, 0), .. blocks]);
        byte[] segmentHead = [0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]; // unknown size
        return [.. header, .. segmentHead, .. info, .. Element(0x1654AE6B, [.. tracks]), .. cluster];
    }

    private static byte[] BigEndian(uint id)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, id);
        return bytes.SkipWhile(b => b == 0).ToArray();
    }
}
