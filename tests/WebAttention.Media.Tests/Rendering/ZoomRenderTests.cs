using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Media.Configuration;
using WebAttention.Media.Rendering;
using WebAttention.Media.TestClips;
using WebAttention.Media.Tests.TestSupport;
using WebAttention.Reframing.Export;
using WebAttention.Reframing.Model;

namespace WebAttention.Media.Tests.Rendering;

/// <summary>
/// Renders zoom ramps of a testsrc2 clip through a counting ffmpeg wrapper and compares sampled output frames with
/// the expected crop of the decoded source frame, computed here (bilinear).
/// </summary>
public sealed class ZoomRenderTests : IDisposable
{
    private static readonly LavfiClipOptions Clip = LavfiClipOptions.Single(LavfiPattern.TestSrc2, 2, new FrameSize(320, 180), 25, withAudio: true);
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_zoom_ramp_renders_in_one_ffmpeg_run_and_every_sampled_frame_shows_its_window()
    {
        var (source, frames) = await SourceAsync();
        var path = ZoomPaths.Ramp(320, 180, (int)Clip.ExpectedFrameCount, 25, zoomTo: 2.5);
        var settings = new ExportSettings { OutputPath = _folder.File("zoom.mp4"), Width = 180, Height = 320, Crf = 12 };

        var runs = await RenderCountingAsync(source, path, settings);

        Assert.Equal(1, runs);
        var output = await DecodeAsync(settings.OutputPath, new FrameSize(180, 320));
        Assert.Equal(Clip.ExpectedFrameCount, output.Count);
        Assert.True((await RealMedia.Probe().GetVideoInfoAsync(settings.OutputPath, CancellationToken.None)).HasAudio);
        foreach (var n in new[] { 0, 13, 25, 37, 49 })
        {
            var right = MeanError(output[n], Crop(frames[n], path.Frames[n], 180, 320));
            var wrong = MeanError(output[n], Crop(frames[n], path.Frames[49 - n], 180, 320));
            Assert.True(right < 10, $"frame {n}: mean error {right:0.0} against its own window");
            Assert.True(n == 25 || wrong > right * 2, $"frame {n}: {right:0.0} against its window, {wrong:0.0} against another");
        }
    }

    [Fact]
    public async Task A_zoom_ramp_followed_by_a_padded_shot_renders_in_one_run_with_the_fitted_frame_over_the_background()
    {
        var (source, frames) = await SourceAsync();
        var path = ZoomPaths.Ramp(320, 180, (int)Clip.ExpectedFrameCount, 25, zoomTo: 2, paddedFrom: 30);
        var settings = new ExportSettings { OutputPath = _folder.File("padded.mp4"), Width = 180, Height = 320, Crf = 12 };

        var runs = await RenderCountingAsync(source, path, settings);

        Assert.Equal(1, runs);
        var output = await DecodeAsync(settings.OutputPath, new FrameSize(180, 320));
        Assert.Equal(Clip.ExpectedFrameCount, output.Count);
        Assert.True(MeanError(output[20], Crop(frames[20], path.Frames[20], 180, 320)) < 10, "zoomed frame 20");

        // Padded frame: the whole source fitted to 180x102, centred (rows 109..211); compare the middle rows only.
        var fitted = Crop(frames[40], path.Frames[40], 180, 102);
        var band = new VideoFrame(0, TimeSpan.Zero, new FrameSize(180, 90), output[40].Rgb.AsSpan(115 * 180 * 3, 90 * 180 * 3).ToArray());
        var expected = new VideoFrame(0, TimeSpan.Zero, new FrameSize(180, 90), fitted.Rgb.AsSpan(6 * 180 * 3, 90 * 180 * 3).ToArray());
        Assert.True(MeanError(band, expected) < 12, $"padded frame 40: {MeanError(band, expected):0.0}");
        var zoomedBand = new VideoFrame(0, TimeSpan.Zero, new FrameSize(180, 90), output[20].Rgb.AsSpan(115 * 180 * 3, 90 * 180 * 3).ToArray());
        Assert.True(MeanError(zoomedBand, expected) > 2 * MeanError(band, expected), "a zoomed frame must not look like the fitted full frame");
    }

    private async Task<(string Source, List<VideoFrame> Frames)> SourceAsync()
    {
        var source = _folder.File("testsrc2.mp4");
        await LavfiClip.GenerateAsync(Clip, source);
        return (source, await DecodeAsync(source, Clip.Size));
    }

    private static async Task<List<VideoFrame>> DecodeAsync(string file, FrameSize size)
    {
        var frames = new List<VideoFrame>();
        await foreach (var frame in RealMedia.Decoder().DecodeAsync(file, size, CancellationToken.None))
        {
            frames.Add(frame);
        }

        return frames;
    }

    // Runs the renderer with an ffmpeg wrapper that appends a line to a log per run.
    private async Task<int> RenderCountingAsync(string source, CropPath path, ExportSettings settings)
    {
        var bin = Directory.CreateDirectory(_folder.File("bin")).FullName;
        var log = _folder.File("runs.log");
        var wrapper = Path.Combine(bin, "ffmpeg");
        await File.WriteAllTextAsync(wrapper, $"#!/bin/sh\necho \"$1\" >> {log}\nexec {RealMedia.Ffmpeg.FfmpegPath} \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var renderer = new FfmpegReframeRenderer(Microsoft.Extensions.Options.Options.Create(new FfmpegOptions { BinaryFolder = bin }));
        await renderer.RenderAsync(source, path, settings, null, CancellationToken.None);
        // FFMpegCore checks a binary folder once with "ffmpeg -version" before its first job; that is no render run.
        return File.Exists(log) ? (await File.ReadAllLinesAsync(log)).Count(l => l != "-version") : 0;
    }

    // The window of the source frame scaled to width x height (bilinear, pixel centres).
    private static VideoFrame Crop(VideoFrame source, CropWindow window, int width, int height)
    {
        var rgb = new byte[width * height * 3];
        var (sw, sh) = (source.Size.Width, source.Size.Height);
        for (var v = 0; v < height; v++)
        {
            var sy = Math.Clamp(window.Y + ((v + 0.5) * window.Height / height) - 0.5, 0, sh - 1);
            var y0 = (int)sy;
            var y1 = Math.Min(y0 + 1, sh - 1);
            var fy = sy - y0;
            for (var u = 0; u < width; u++)
            {
                var sx = Math.Clamp(window.X + ((u + 0.5) * window.Width / width) - 0.5, 0, sw - 1);
                var x0 = (int)sx;
                var x1 = Math.Min(x0 + 1, sw - 1);
                var fx = sx - x0;
                for (var c = 0; c < 3; c++)
                {
                    double P(int x, int y) => source.Rgb[(((y * sw) + x) * 3) + c];
                    var value = ((P(x0, y0) * (1 - fx)) + (P(x1, y0) * fx)) * (1 - fy) + (((P(x0, y1) * (1 - fx)) + (P(x1, y1) * fx)) * fy);
                    rgb[(((v * width) + u) * 3) + c] = (byte)Math.Round(value);
                }
            }
        }

        return new VideoFrame(0, TimeSpan.Zero, new FrameSize(width, height), rgb);
    }

    private static double MeanError(VideoFrame a, VideoFrame b)
    {
        Assert.Equal(a.Rgb.Length, b.Rgb.Length);
        long sum = 0;
        for (var i = 0; i < a.Rgb.Length; i++)
        {
            sum += Math.Abs(a.Rgb[i] - b.Rgb[i]);
        }

        return sum / (double)a.Rgb.Length;
    }

    public void Dispose() => _folder.Dispose();
}
