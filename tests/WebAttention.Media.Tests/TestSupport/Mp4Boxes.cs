using System.Buffers.Binary;

namespace WebAttention.Media.Tests.TestSupport;

/// <summary>Reads the order of top-level MP4 boxes (to check +faststart: moov before mdat).</summary>
internal static class Mp4Boxes
{
    public static List<string> TopLevel(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var boxes = new List<string>();
        long offset = 0;
        while (offset + 8 <= bytes.Length)
        {
            long size = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan((int)offset, 4));
            boxes.Add(System.Text.Encoding.ASCII.GetString(bytes, (int)offset + 4, 4));
            if (size == 1)
            {
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan((int)offset + 8, 8));
            }

            if (size < 8)
            {
                break;
            }

            offset += size;
        }

        return boxes;
    }
}
