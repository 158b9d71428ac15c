namespace WebAttention.Media.Probing;

/// <summary>
/// Recognises common video containers by their first bytes (never by file name), so a damaged video
/// can be told apart from a file that was never a video but carries a video's extension.
/// </summary>
public static class ContainerSniffer
{
    /// <summary>Bytes to read from the start of a file for <see cref="LooksLikeVideoContainer"/>.</summary>
    public const int HeaderLength = 376;

    private static readonly string[] IsoBoxTypes = ["ftyp", "moov", "mdat", "free", "skip", "wide", "pnot"];

    /// <summary>True when <paramref name="header"/> starts like MP4/MOV, Matroska/WebM, AVI, FLV, Ogg or MPEG-TS.</summary>
    public static bool LooksLikeVideoContainer(ReadOnlySpan<byte> header)
    {
        if (header.Length >= 8)
        {
            var box = System.Text.Encoding.ASCII.GetString(header.Slice(4, 4));
            if (IsoBoxTypes.Contains(box))
            {
                return true;
            }
        }

        if (header.Length >= 4 && (header[..4].SequenceEqual((byte[])[0x1A, 0x45, 0xDF, 0xA3]) || header[..4].SequenceEqual("OggS"u8)))
        {
            return true;
        }

        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header.Slice(8, 4).SequenceEqual("AVI "u8))
        {
            return true;
        }

        if (header.Length >= 3 && header[..3].SequenceEqual("FLV"u8))
        {
            return true;
        }

        return header.Length >= 189 && header[0] == 0x47 && header[188] == 0x47;
    }

    /// <summary>Reads up to <see cref="HeaderLength"/> bytes from the start of <paramref name="path"/>.</summary>
    public static async Task<byte[]> ReadHeaderAsync(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[HeaderLength];
            var read = await stream.ReadAtLeastAsync(buffer, HeaderLength, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            return buffer[..read];
        }
    }
}
