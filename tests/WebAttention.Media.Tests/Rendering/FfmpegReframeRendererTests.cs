using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Media.Rendering;
using WebAttention.Media.TestClips;
using WebAttention.Media.Tests.TestSupport;
using WebAttention.Reframing.Export;

namespace WebAttention.Media.Tests.Rendering;

public sealed class FfmpegReframeRendererTests : IDisposable
{
    private static readonly LavfiClipOptions Disc = LavfiClipOptions.Single(LavfiPattern.MovingDisc, 2, new FrameSize(320, 180), 25, withAudio: true);
    private readonly TempFolder _folder = new();

    private static FfmpegReframeRenderer Renderer() => new(Microsoft.Extensions.Options.Options.Create(RealMedia.Ffmpeg));

    [Fact]
    public async Task A_path_tracking_the_disc_keeps_it_centred_in_every_frame_of_a_9_16_video_with_audio()
    {
        var source = _folder.File("disc.mp4");
        var output = _folder.File("disc.9x16.mp4");
        await LavfiClip.GenerateAsync(Disc, source);
        var settings = ExportSettings.AtHeight(AspectRatio.Portrait9x16, 640, output);
        var reports = new List<double>();

        await Renderer().RenderAsync(source, DiscPaths.Following(Disc), settings, new SyncProgress(reports), CancellationToken.None);

        var info = await RealMedia.Probe().GetVideoInfoAsync(output, CancellationToken.None);
        Assert.Equal((360, 640), (info.Width, info.Height));
        Assert.Equal(Disc.ExpectedFrameCount, info.FrameCount);
        Assert.True(info.HasAudio);
        Assert.Equal(1.0, reports[^1]);
        var index = 0;
        await foreach (var frame in RealMedia.Decoder().DecodeAsync(output, new FrameSize(90, 160), CancellationToken.None))
        {
            var centroid = BrightCentroidX(frame);
            Assert.True(Math.Abs(centroid - 45) <= 3, $"frame {index}: disc at x={centroid:0.0} of 90");
            index++;
        }

        Assert.Equal(Disc.ExpectedFrameCount, index);
    }

    [Fact]
    public async Task A_path_with_a_padded_shot_renders_in_one_pass_with_every_frame_and_the_audio()
    {
        var source = _folder.File("disc.mp4");
        var output = _folder.File("padded.mp4");
        await LavfiClip.GenerateAsync(Disc, source);
        var settings = new ExportSettings { OutputPath = output, Width = 180, Height = 320 };

        await Renderer().RenderAsync(source, DiscPaths.Following(Disc, paddedFrom: 25), settings, null, CancellationToken.None);

        var info = await RealMedia.Probe().GetVideoInfoAsync(output, CancellationToken.None);
        Assert.Equal((180, 320), (info.Width, info.Height));
        Assert.Equal(Disc.ExpectedFrameCount, info.FrameCount);
        Assert.True(info.HasAudio);
    }

    [Fact]
    public async Task A_cancelled_render_throws_and_leaves_no_work_files()
    {
        var source = _folder.File("disc.mp4");
        await LavfiClip.GenerateAsync(Disc, source);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Renderer().RenderAsync(source, DiscPaths.Following(Disc), new ExportSettings { OutputPath = _folder.File("x.mp4"), Width = 180, Height = 320 }, null, cts.Token));
    }

    private static double BrightCentroidX(VideoFrame frame)
    {
        double sum = 0, mass = 0;
        for (var p = 0; p < frame.Size.Area; p++)
        {
            var luma = frame.Rgb[p * 3 + 1];
            if (luma > 128)
            {
                sum += (p % frame.Size.Width) + 0.5;
                mass++;
            }
        }

        return mass > 0 ? sum / mass : double.NaN;
    }

    public void Dispose() => _folder.Dispose();

    private sealed class SyncProgress(List<double> reports) : IProgress<double>
    {
        public void Report(double value) => reports.Add(value);
    }
}
