using WebAttention.Core.Media;
using WebAttention.Pipeline.Fusion;

namespace WebAttention.Training.Video;

/// <summary>Binary cache of a <see cref="RecordedClip"/> (git-ignored, under <c>.cache/</c>), so evaluation and fitting iterate without rerunning the model.</summary>
public static class RecordedClipFile
{
    private const int Magic = 0x31435657; // "WVC1"

    /// <summary>Writes <paramref name="clip"/> to <paramref name="path"/> (via a temporary file).</summary>
    public static void Write(string path, RecordedClip clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temp)))
        {
            writer.Write(Magic);
            writer.Write(clip.Name);
            writer.Write(clip.Width);
            writer.Write(clip.Height);
            writer.Write(clip.FrameRate);
            writer.Write(clip.FrameCount);
            writer.Write(clip.AnalysedPerSecond);
            writer.Write(clip.Cuts.Count);
            foreach (var cut in clip.Cuts)
            {
                writer.Write(cut);
            }

            writer.Write(clip.Channels.Count);
            foreach (var c in clip.Channels)
            {
                writer.Write(c.Frame);
                writer.Write(c.Width);
                writer.Write(c.Height);
                foreach (var channel in new[] { c.Model, c.Face, c.Motion, c.Static })
                {
                    writer.Write(channel.Length);
                    foreach (var v in channel)
                    {
                        writer.Write(v);
                    }
                }
            }

            writer.Write(clip.Faces.Count);
            foreach (var f in clip.Faces)
            {
                writer.Write(f.Frame);
                foreach (var v in new[] { f.X, f.Y, f.W, f.H, f.Score })
                {
                    writer.Write(v);
                }
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a cache file, or null when it is missing or not one.</summary>
    public static RecordedClip? TryRead(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadInt32() != Magic)
        {
            return null;
        }

        var name = reader.ReadString();
        var (width, height, fps, frames, rate) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadDouble(), reader.ReadInt64(), reader.ReadDouble());
        var cuts = new long[reader.ReadInt32()];
        for (var i = 0; i < cuts.Length; i++)
        {
            cuts[i] = reader.ReadInt64();
        }

        var channels = new VideoChannels[reader.ReadInt32()];
        for (var i = 0; i < channels.Length; i++)
        {
            var (frame, w, h) = (reader.ReadInt64(), reader.ReadInt32(), reader.ReadInt32());
            var arrays = new float[4][];
            for (var k = 0; k < 4; k++)
            {
                arrays[k] = new float[reader.ReadInt32()];
                for (var j = 0; j < arrays[k].Length; j++)
                {
                    arrays[k][j] = reader.ReadSingle();
                }
            }

            channels[i] = new VideoChannels(frame, w, h, arrays[0], arrays[1], arrays[2], arrays[3]);
        }

        var faces = new FaceBox[reader.ReadInt32()];
        for (var i = 0; i < faces.Length; i++)
        {
            faces[i] = new FaceBox(reader.ReadInt64(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
        }

        return new RecordedClip(name, width, height, fps, frames, rate, cuts, channels, faces);
    }
}
