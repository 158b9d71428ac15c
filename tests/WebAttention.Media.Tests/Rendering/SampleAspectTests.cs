using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Media.Rendering;
using WebAttention.Media.TestClips;
using WebAttention.Media.Tests.TestSupport;
using WebAttention.Reframing.Export;
using WebAttention.Reframing.Model;

namespace WebAttention.Media.Tests.Rendering;

/// <summary>
/// Non-square pixels (issue 9 item 8): a PAL 4:3 clip stored 720x576 with a 16:15 sample aspect ratio shows at 768x576.
/// Probe, browser proxy and export all work in that display space; a disc round on screen stays round.
/// </summary>
public sealed class SampleAspectTests : IDisposable
{
    /// <summary>A moving disc, round at 768x576, stored 720x576 with 16:15 pixels (<c>scale=720:576,setsar=16/15</c>).</summary>
    private static readonly LavfiClipOptions Pal = LavfiClipOptions.Single(LavfiPattern.MovingDisc, 1, new FrameSize(768, 576), 25) with { SampleAspect = (16, 15) };
    private readonly TempFolder _folder = new();

    private async Task<string> SourceAsync()
    {
        var source = _folder.File("pal.mp4");
        await LavfiClip.GenerateAsync(Pal, source);
        return source;
    }

    [Fact]
    public async Task The_probe_reports_the_display_size_and_the_pixel_shape()
    {
        var info = await RealMedia.Probe().GetVideoInfoAsync(await SourceAsync(), CancellationToken.None);

        Assert.Equal((720, 576), (Pal.StoredSize.Width, Pal.StoredSize.Height));
        Assert.Equal((768, 576), (info.Width, info.Height));
        Assert.Equal(16.0 / 15, info.SampleAspect, 6);
    }

    [Fact]
    public async Task The_browser_proxy_has_square_pixels_at_the_display_aspect()
    {
        var proxy = _folder.File("proxy.mp4");

        await RealMedia.Transcoder().TranscodeAsync(await SourceAsync(), proxy, null, CancellationToken.None);

        var info = await RealMedia.Probe().GetVideoInfoAsync(proxy, CancellationToken.None);
        Assert.Equal((768, 576, 1.0), (info.Width, info.Height, info.SampleAspect));
        await AssertDiscRoundAsync(proxy, info);
    }

    [Fact]
    public async Task A_4_3_export_of_the_whole_picture_is_4_3_on_screen_with_a_round_disc()
    {
        var output = _folder.File("pal.4x3.mp4");
        var frames = (int)Pal.ExpectedFrameCount;
        var path = DiscPaths.Following(Pal) with
        {
            Aspect = new AspectRatio(4, 3),
            Frames = [.. Enumerable.Repeat(new CropWindow(0, 0, 768, 576), frames)],
            Shots = [new ShotPlan(0, 0, frames, CameraMode.Steady, 768, 576, false)],
        };

        await Renderer().RenderAsync(await SourceAsync(), path, new ExportSettings { OutputPath = output, Width = 640, Height = 480 }, null, CancellationToken.None);

        var info = await RealMedia.Probe().GetVideoInfoAsync(output, CancellationToken.None);
        Assert.Equal((640, 480, 1.0), (info.Width, info.Height, info.SampleAspect));
        await AssertDiscRoundAsync(output, info);
    }

    [Fact]
    public async Task A_9_16_export_is_9_16_on_screen_with_a_round_disc()
    {
        var output = _folder.File("pal.9x16.mp4");
        var path = DiscPaths.Following(Pal); // 324x576 windows in display space

        await Renderer().RenderAsync(await SourceAsync(), path, new ExportSettings { OutputPath = output, Width = 324, Height = 576 }, null, CancellationToken.None);

        var info = await RealMedia.Probe().GetVideoInfoAsync(output, CancellationToken.None);
        Assert.Equal(9.0 / 16, info.Width * info.SampleAspect / info.Height, 2);
        Assert.Equal(1.0, info.SampleAspect);
        await AssertDiscRoundAsync(output, info);
    }

    public void Dispose() => _folder.Dispose();

    private static FfmpegReframeRenderer Renderer() => new(Microsoft.Extensions.Options.Options.Create(RealMedia.Ffmpeg));

    // Decoded at its display size, every frame where the whole disc is in the picture shows it as wide as it is tall
    // (a 16:15 squeeze would make it 6 % narrower).
    private static async Task AssertDiscRoundAsync(string file, VideoInfo info)
    {
        var measured = 0;
        await foreach (var frame in RealMedia.Decoder().DecodeAsync(file, new FrameSize(info.Width, info.Height), CancellationToken.None))
        {
            if (LavfiClip.DiscExtent(frame) is not { } disc || disc.Left == 0 || disc.Left + disc.Width >= info.Width)
            {
                continue; // the disc touches the window's edge
            }
            Assert.True(Math.Abs(((double)disc.Width / disc.Height) - 1) < 0.025, $"frame {frame.Index}: disc {disc.Width}x{disc.Height}");
            measured++;
        }
        Assert.True(measured >= 5, $"only {measured} frames showed the whole disc");
    }
}
