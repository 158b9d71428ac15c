using WebAttention.Cli.Hosting;
using WebAttention.Cli.Reframe;
using WebAttention.Cli.Tests.Support;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Media.Decoding;
using WebAttention.Media.TestClips;
using WebAttention.Reframing.Export;

namespace WebAttention.Cli.Tests.Reframe;

/// <summary>
/// Issue 9 item 8, end to end: a PAL clip stored 720x576 with 16:15 pixels (4:3 on screen) is analysed, solved and
/// exported by <c>reframe</c>; the exports display at the requested aspect (ffprobe width × SAR / height) and the disc,
/// round on screen in the source, is round in them — not squeezed 6 %.
/// </summary>
[Collection(CommandsCollection.Name)]
public sealed class SampleAspectReframeTests : IAsyncLifetime
{
    private static readonly LavfiClipOptions Pal = LavfiClipOptions.Single(LavfiPattern.MovingDisc, 1, new FrameSize(768, 576), 25) with { SampleAspect = (16, 15) };
    private readonly TempFolder _folder = new();

    private string Clip => _folder.Combine("pal-sar16x15.mp4");

    private string Out => _folder.Combine("out");

    public Task InitializeAsync() => LavfiClip.GenerateAsync(Pal, Clip);

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SAR_16_15_exports_are_4_3_and_9_16_on_screen_with_round_discs()
    {
        var result = await CliRunner.RunAsync(["reframe", Clip, "--aspect", "4:3,9:16", "--height", "288", "--out", Out, .. CliFixture.ModelArgs]);

        Assert.True(result.ExitCode == 0, result.ToString());
        await using var host = CliHost.Start(new CliSettings());
        var decoder = new FfmpegFrameDecoder(host.Probe, Microsoft.Extensions.Options.Options.Create(new Media.Configuration.FfmpegOptions()));
        foreach (var aspect in new[] { new AspectRatio(4, 3), AspectRatio.Portrait9x16 })
        {
            // The crop windows were chosen in display space: the 4:3 one is the whole 768x576 picture.
            var path = CropPathJson.Deserialize(await File.ReadAllBytesAsync(Path.Combine(Out, CropPathJson.FileName(aspect))));
            Assert.Equal((768, 576), (path.SourceWidth, path.SourceHeight));
            Assert.All(path.Frames, w => Assert.Equal(aspect.Value, (double)w.Width / w.Height, 1));

            var video = await host.Probe.GetVideoInfoAsync(Path.Combine(Out, CropPathFiles.VideoName(aspect)), CancellationToken.None);
            Assert.Equal(aspect.Value, video.Width * video.SampleAspect / video.Height, 2);
            var measured = 0;
            await foreach (var frame in decoder.DecodeAsync(Path.Combine(Out, CropPathFiles.VideoName(aspect)), new FrameSize(video.Width, video.Height), CancellationToken.None))
            {
                if (LavfiClip.DiscExtent(frame) is { } disc && disc.Left > 0 && disc.Left + disc.Width < video.Width)
                {
                    Assert.True(Math.Abs(((double)disc.Width / disc.Height) - 1) < 0.04, $"{aspect} frame {frame.Index}: disc {disc.Width}x{disc.Height}");
                    measured++;
                }
            }
            Assert.True(measured >= 5, $"{aspect}: only {measured} frames showed the whole disc");
        }
    }
}
