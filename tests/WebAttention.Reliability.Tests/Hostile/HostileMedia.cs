using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using WebAttention.Testing;

namespace WebAttention.Reliability.Tests.Hostile;

/// <summary>Makes the corpus's files at test time: ffmpeg lavfi clips and byte surgery on them. Nothing is committed.</summary>
public sealed class HostileMedia(string folder)
{
    /// <summary>Runs ffmpeg (lavfi inputs) writing <paramref name="name"/> in the corpus folder; returns its bytes.</summary>
    public async Task<byte[]> FfmpegAsync(string name, params string[] arguments)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            string[] all = ["-nostdin", "-hide_banner", "-loglevel", "error", "-y", .. arguments, path];
            var (exit, output) = await ChildProcess.RunToEndAsync("ffmpeg", folder, all, TimeSpan.FromMinutes(2));
            if (exit != 0)
            {
                throw new InvalidOperationException($"ffmpeg could not make {name}: {output}");
            }
        }
        return await File.ReadAllBytesAsync(path);
    }

    /// <summary>A small test pattern: <paramref name="seconds"/> s at 10 fps, H.264 in MP4 (moov at the end unless <paramref name="fastStart"/>).</summary>
    public Task<byte[]> ClipAsync(string name, string size = "96x64", double seconds = 1, string pixelFormat = "yuv420p", bool fastStart = false, params string[] extra) =>
        FfmpegAsync(name, [
            "-f", "lavfi", "-i", $"testsrc2=size={size}:rate=10", "-t", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            .. extra, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", pixelFormat, .. (fastStart ? (string[])["-movflags", "+faststart"] : []),
        ]);

    /// <summary>JPEG frames of a test pattern, for hand-made containers.</summary>
    public async Task<byte[][]> JpegFramesAsync(int count, string size)
    {
        var frames = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            frames[i] = await FfmpegAsync($"frame-{size}-{i}.jpg", "-f", "lavfi", "-i", $"testsrc2=size={size}:rate=10", "-vf", $"select=eq(n\\,{i})", "-frames:v", "1", "-c:v", "mjpeg");
        }
        return frames;
    }

    /// <summary>A YUV4MPEG2 header claiming <paramref name="width"/>×<paramref name="height"/>, then one partial frame of zeros.</summary>
    public static byte[] Y4mHeader(int width, int height) =>
        [.. Encoding.ASCII.GetBytes($"YUV4MPEG2 W{width} H{height} F25:1 Ip A1:1 C420jpeg\nFRAME\n"), .. new byte[4096]];

    public static byte[] Truncated(byte[] file, double fraction) => file[..Math.Max(1, (int)(file.Length * fraction))];

    /// <summary>The bytes with <paramref name="count"/> bytes in the middle inverted.</summary>
    public static byte[] FlippedInTheMiddle(byte[] file, int count)
    {
        var copy = (byte[])file.Clone();
        var start = copy.Length / 2 - count / 2;
        for (var i = start; i < start + count; i++)
        {
            copy[i] ^= 0xFF;
        }
        return copy;
    }

    /// <summary>Offset of the first ISO-BMFF box of <paramref name="type"/> (the offset of its type field).</summary>
    public static int BoxType(byte[] file, string type)
    {
        var index = file.AsSpan().IndexOf(Encoding.ASCII.GetBytes(type));
        return index >= 4 ? index : throw new InvalidOperationException($"No '{type}' box.");
    }

    /// <summary>An MP4 whose track header carries a 90° display matrix (a phone held upright).</summary>
    public static byte[] Rotated90(byte[] mp4)
    {
        var copy = (byte[])mp4.Clone();
        var matrix = BoxType(copy, "tkhd") + 4 + 40; // version 0: after flags, times, ids, duration, layer, group, volume
        int[] values = [0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(copy.AsSpan(matrix + 4 * i), values[i]);
        }
        return copy;
    }

    /// <summary>An MP4 whose movie and media headers claim a duration of about 24 days.</summary>
    public static byte[] HugeDurationClaim(byte[] mp4)
    {
        var copy = (byte[])mp4.Clone();
        foreach (var box in new[] { "mvhd", "mdhd" })
        {
            BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(BoxType(copy, box) + 20), 0x7FFF_FFFF);
        }
        return copy;
    }

    /// <summary>A zip with the given entries (name → bytes), deflated.</summary>
    public static byte[] Zip(params (string Name, byte[] Data)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(data);
            }
        }
        return memory.ToArray();
    }

    /// <summary>A zip whose entries' declared uncompressed sizes (local headers and central directory) are forged to <paramref name="claimed"/>.</summary>
    public static byte[] WithForgedSizes(byte[] zip, uint claimed)
    {
        var copy = (byte[])zip.Clone();
        for (var i = 0; i + 30 <= copy.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(i));
            if (signature == 0x04034b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(i + 22), claimed);
            }
            else if (signature == 0x02014b50 && i + 46 <= copy.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(i + 24), claimed);
            }
        }
        return copy;
    }

    /// <summary>A complete manifest.json for a model named <paramref name="name"/> whose model.onnx has the SHA-256 <paramref name="sha256"/>.</summary>
    public static byte[] Manifest(string name, string? sha256 = null) =>
        Encoding.UTF8.GetBytes($$$"""
            {"name":"{{{name}}}","version":"1","licence":"MIT","temporalWindow":1,"outputScale":1,"sha256":"{{{sha256 ?? new string('0', 64)}}}",
             "input":{"name":"frames","layout":"NHWC uint8 RGB","sizeMultiple":32,"defaultLongSide":224},
             "output":{"name":"map","layout":"NCHW float32 [N,1,h,w]"}}
            """);
}
