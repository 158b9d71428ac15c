using System.Diagnostics;
using WebAttention.Core.Live;

namespace WebAttention.Testing;

/// <summary>Real frames for live tests: the face clip decoded by ffmpeg at 320×180, as raw RGB and as JPEG.</summary>
public static class LiveFrames
{
    public const int Width = 320;
    public const int Height = 180;

    /// <summary>The first <paramref name="count"/> frames of the 2 s face clip (25 fps), raw RGB.</summary>
    public static async Task<IReadOnlyList<byte[]>> RgbAsync(int count)
    {
        var clip = await FaceClipAsync();
        var bytes = await RunAsync(["-v", "error", "-i", clip, "-frames:v", $"{count}", "-vf", $"scale={Width}:{Height}", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]);
        var frame = Width * Height * 3;
        return [.. Enumerable.Range(0, bytes.Length / frame).Select(i => bytes.AsSpan(i * frame, frame).ToArray())];
    }

    /// <summary>The first <paramref name="count"/> frames of an ffmpeg lavfi source (e.g. <c>testsrc2=size=640x360:rate=25</c>) at 320×180, raw RGB.</summary>
    public static async Task<IReadOnlyList<byte[]>> LavfiRgbAsync(string source, int count)
    {
        var bytes = await RunAsync(["-v", "error", "-f", "lavfi", "-i", source, "-frames:v", $"{count}", "-vf", $"scale={Width}:{Height}", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]);
        var frame = Width * Height * 3;
        return [.. Enumerable.Range(0, bytes.Length / frame).Select(i => bytes.AsSpan(i * frame, frame).ToArray())];
    }

    /// <summary>The same frames encoded by ffmpeg as JPEG (quality 5 on ffmpeg's 2–31 scale, about what a canvas gives at 0.8).</summary>
    public static async Task<IReadOnlyList<byte[]>> JpegAsync(int count)
    {
        var clip = await FaceClipAsync();
        var folder = Directory.CreateTempSubdirectory("live-jpeg-").FullName;
        try
        {
            await RunAsync(["-v", "error", "-i", clip, "-frames:v", $"{count}", "-vf", $"scale={Width}:{Height}", "-q:v", "5", Path.Combine(folder, "f%03d.jpg")]);
            return [.. Directory.GetFiles(folder, "*.jpg").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static LiveFrame Rgb(long sequence, byte[] rgb, double capturedAt = 0) =>
        new(sequence, capturedAt, LiveFrameFormat.Rgb24, Width, Height, rgb);

    public static LiveFrame Jpeg(long sequence, byte[] jpeg, double capturedAt = 0) =>
        new(sequence, capturedAt, LiveFrameFormat.Jpeg, Width, Height, jpeg);

    private static async Task<string> FaceClipAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), "webattention-clips", "live-face-960x540-2s.mp4");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var staging = path + $".{Guid.NewGuid():N}.mp4";
            await FacePhotos.WriteClipAsync(staging);
            File.Move(staging, path, overwrite: true);
        }

        return path;
    }

    private static async Task<byte[]> RunAsync(string[] args)
    {
        using var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg", args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        using var output = new MemoryStream();
        var copy = ffmpeg.StandardOutput.BaseStream.CopyToAsync(output);
        var errors = ffmpeg.StandardError.ReadToEndAsync();
        await Task.WhenAll(copy, errors, ffmpeg.WaitForExitAsync());
        return ffmpeg.ExitCode == 0 ? output.ToArray() : throw new InvalidOperationException($"ffmpeg failed: {await errors}");
    }
}
