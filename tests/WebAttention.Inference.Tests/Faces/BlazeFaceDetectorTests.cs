using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WebAttention.Core.Media;
using WebAttention.Inference.Faces;
using WebAttention.Inference.Sessions;
using WebAttention.Inference.Tests.Support;
using WebAttention.Training.Images;

namespace WebAttention.Inference.Tests.Faces;

/// <summary>BlazeFace on real pixels: the astronaut photo (face centre ≈ (0.43, 0.24) of the 512² image) and a test pattern.</summary>
public sealed class BlazeFaceDetectorTests
{
    private static OrtSessionFactory CpuSessions() =>
        new(Options.Create(new InferenceOptions { Device = InferenceDevice.Cpu, IntraOpThreads = 1 }), NullLogger<OrtSessionFactory>.Instance);

    [FacePhotoFact]
    public async Task Finds_the_astronauts_face_where_it_is()
    {
        using var detector = new BlazeFaceDetector(CpuSessions());
        var photo = await ImageFiles.ReadRgbAsync(FaceAssets.Astronaut, CancellationToken.None);

        var faces = await detector.DetectAsync([Frame(3, photo)], CancellationToken.None);

        var face = Assert.Single(faces);
        Assert.Equal(3, face.Frame);
        Assert.InRange(face.X + (face.W / 2), 0.38, 0.48);
        Assert.InRange(face.Y + (face.H / 2), 0.18, 0.30);
        Assert.InRange(face.W, 0.12, 0.30);
        Assert.InRange(face.Score, 0.7, 1.0);
    }

    [FacePhotoFact]
    public async Task Finds_a_small_face_in_a_1080p_frame_by_tiling()
    {
        // The photo shrunk to 240 px (face ≈ 45 px) pasted at (1400, 600) of a grey 1920×1080 canvas.
        var photo = (await ImageFiles.ReadRgbAsync(FaceAssets.Astronaut, CancellationToken.None)).ResizeArea(240, 240);
        var canvas = Enumerable.Repeat((byte)96, 1920 * 1080 * 3).ToArray();
        for (var y = 0; y < 240; y++)
        {
            photo.Rgb.AsSpan(y * 240 * 3, 240 * 3).CopyTo(canvas.AsSpan((((600 + y) * 1920) + 1400) * 3));
        }

        var frame = new VideoFrame(0, TimeSpan.Zero, new FrameSize(1920, 1080), canvas);
        using var tiled = new BlazeFaceDetector(CpuSessions());
        using var letterboxOnly = new BlazeFaceDetector(CpuSessions(), new BlazeFaceOptions { Tiles = false });

        var face = Assert.Single(await tiled.DetectAsync([frame], CancellationToken.None));
        Assert.Empty(await letterboxOnly.DetectAsync([frame], CancellationToken.None)); // ≈ 6 px at 256²: too small

        Assert.InRange((face.X + (face.W / 2)) * 1920, 1400 + (0.38 * 240), 1400 + (0.48 * 240));
        Assert.InRange((face.Y + (face.H / 2)) * 1080, 600 + (0.18 * 240), 600 + (0.30 * 240));
    }

    [FaceModelFact]
    public async Task Test_patterns_have_no_faces()
    {
        // testsrc2 at the server's analysis size (384×216) gave tiny false faces before the score and size floors.
        using var detector = new BlazeFaceDetector(CpuSessions());
        foreach (var (pattern, frame) in new[] { ("testsrc=size=640x360:rate=25", 0), ("testsrc2=size=640x360:rate=25", 5), ("testsrc2=size=640x360:rate=25", 15), ("testsrc2=size=640x360:rate=25", 55) })
        {
            var image = await PatternFrameAsync(pattern, frame);

            Assert.Empty(await detector.DetectAsync([Frame(frame, image)], CancellationToken.None));
        }
    }

    private static async Task<RgbImage> PatternFrameAsync(string pattern, int frame)
    {
        var png = Path.Combine(Path.GetTempPath(), $"wa-pattern-{Guid.NewGuid():N}.png");
        try
        {
            using var ffmpeg = Process.Start(new ProcessStartInfo(
                "ffmpeg", ["-v", "error", "-f", "lavfi", "-i", pattern, "-vf", $"select=eq(n\\,{frame}),scale=384:216", "-frames:v", "1", "-y", png])
            {
                RedirectStandardError = true,
            })!;
            var errors = await ffmpeg.StandardError.ReadToEndAsync();
            await ffmpeg.WaitForExitAsync();
            Assert.True(ffmpeg.ExitCode == 0, errors);
            return await ImageFiles.ReadRgbAsync(png, CancellationToken.None);
        }
        finally
        {
            File.Delete(png);
        }
    }

    [FaceModelFact]
    public void A_file_that_is_not_the_pinned_model_is_refused_naming_the_script()
    {
        var fake = Path.Combine(Path.GetTempPath(), $"wa-fake-{Guid.NewGuid():N}.onnx");
        File.WriteAllBytes(fake, [1, 2, 3]);
        try
        {
            var error = Assert.Throws<FaceModelUnavailableException>(() => new BlazeFaceDetector(CpuSessions(), new BlazeFaceOptions { ModelPath = fake }));

            Assert.Contains("scripts/fetch-web-deps.sh", error.Message, StringComparison.Ordinal);
            Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(fake);
        }
    }

    [Fact]
    public void A_missing_model_is_refused_naming_the_script()
    {
        var error = Assert.Throws<FaceModelUnavailableException>(
            () => new BlazeFaceDetector(CpuSessions(), new BlazeFaceOptions { ModelPath = "/nonexistent/blazeface.onnx" }));

        Assert.Contains("scripts/fetch-web-deps.sh", error.Message, StringComparison.Ordinal);
    }

    private static VideoFrame Frame(long index, RgbImage image) =>
        new(index, TimeSpan.Zero, image.Size, image.Rgb);
}
