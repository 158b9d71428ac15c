using System.Globalization;
using WebAttention.Pipeline.Storage;
using WebAttention.Testing;

namespace WebAttention.Reliability.Tests.Crashes;

/// <summary>Whether a crash left whole outputs: ffprobe's decoded frame count, a full ffmpeg decode, every map readable.</summary>
public static class MediaWholeness
{
    /// <summary>Frames of the first video stream, counted by decoding (ffprobe -count_frames), not read from the header.</summary>
    public static async Task<long> CountFramesAsync(string file)
    {
        var (code, output) = await ChildProcess.RunToEndAsync("ffprobe", Path.GetDirectoryName(file)!,
            ["-v", "error", "-select_streams", "v:0", "-count_frames", "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", file],
            TimeSpan.FromMinutes(1));
        return code == 0 && long.TryParse(output.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var frames) ? frames : -1;
    }

    /// <summary>
    /// Null when ffmpeg decodes the whole file to the end without a single error message; else what it said.
    /// </summary>
    public static async Task<string?> DecodeErrorsAsync(string file)
    {
        var (code, output) = await ChildProcess.RunToEndAsync("ffmpeg", Path.GetDirectoryName(file)!,
            ["-nostdin", "-v", "error", "-i", file, "-f", "null", "-"], TimeSpan.FromMinutes(1));
        return code == 0 && string.IsNullOrWhiteSpace(output) ? null : $"exit {code}: {output.Trim()}";
    }

    /// <summary>Maps stored for the clip whose every frame could be read back (a short chunk throws); -1 when there is no index.</summary>
    public static async Task<long> ReadableMapsAsync(string saliencyFolder, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(saliencyFolder, SaliencyStoreLayout.IndexFile)))
        {
            return -1;
        }
        var reader = await ChunkedSaliencyReader.OpenAsync(saliencyFolder, cancellationToken);
        var frames = reader.Index.FrameCount;
        if (reader.Index.Chunks.Sum(c => (long)c.FrameCount) != frames)
        {
            return -1;
        }
        try
        {
            await reader.ReadFramesAsync(0, (int)frames, cancellationToken);
            return frames;
        }
        catch (InvalidDataException)
        {
            return -1;
        }
    }
}
