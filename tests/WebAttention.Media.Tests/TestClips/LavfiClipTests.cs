using WebAttention.Core.Media;
using WebAttention.Media.Processes;
using WebAttention.Media.TestClips;
using WebAttention.Media.Tests.TestSupport;

namespace WebAttention.Media.Tests.TestClips;

public sealed class LavfiClipTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Moving_disc_with_audio_matches_the_documented_command()
    {
        var options = LavfiClipOptions.Single(LavfiPattern.MovingDisc, 2, new FrameSize(320, 180), 25, withAudio: true);

        var line = FfmpegArgumentBuilder.Render(LavfiClip.BuildArguments(options, "/tmp/out.mp4"));

        Assert.Equal(
            "-nostdin -hide_banner -loglevel error "
            + "-f lavfi -i 'nullsrc=size=320x180:rate=25:duration=2,geq=lum='\\''if(lte(hypot(X-W*(0.15+0.7*T/2),Y-H/2),H/8),235,16)'\\'':cb=128:cr=128' "
            + "-f lavfi -i sine=frequency=440:sample_rate=48000:duration=2 "
            + "-map 0:v:0 -map 1:a:0 -c:v libx264 -preset veryfast -crf 18 -pix_fmt yuv420p -g 50 -c:a aac -b:a 96k -y /tmp/out.mp4",
            line);
    }

    [Fact]
    public void Shots_are_joined_by_concat_with_cuts_at_their_boundaries()
    {
        var options = new LavfiClipOptions
        {
            Size = new FrameSize(64, 36),
            FrameRate = 10,
            Shots = [new(LavfiPattern.SolidColor, 1, "blue"), new(LavfiPattern.TestSrc2, 0.5), new(LavfiPattern.SolidColor, 1, "0x00FF00")],
        };

        var line = FfmpegArgumentBuilder.Render(LavfiClip.BuildArguments(options, "/tmp/cuts.mp4"));

        Assert.Contains("-f lavfi -i color=color=blue:size=64x36:rate=10:duration=1 ", line, StringComparison.Ordinal);
        Assert.Contains("-filter_complex '[0:v][1:v][2:v]concat=n=3:v=1:a=0[v]' -map '[v]' ", line, StringComparison.Ordinal);
        Assert.Equal([10L, 15L], options.CutFrames);
        Assert.Equal(25, options.ExpectedFrameCount);
    }

    [Fact]
    public async Task A_cut_clip_decodes_with_the_colour_changing_at_the_cut()
    {
        var options = new LavfiClipOptions
        {
            Size = new FrameSize(64, 36),
            FrameRate = 10,
            Shots = [new(LavfiPattern.SolidColor, 1, "blue"), new(LavfiPattern.SolidColor, 1, "0x00FF00")],
            WithAudio = true,
        };
        var path = _folder.File("cuts.mp4");

        await LavfiClip.GenerateAsync(options, path);

        var frames = new List<byte[]>();
        await foreach (var frame in RealMedia.Decoder().DecodeAsync(path, new FrameSize(8, 4), CancellationToken.None))
        {
            frames.Add(frame.Rgb);
        }

        Assert.Equal(options.ExpectedFrameCount, frames.Count);
        Assert.True(frames[9][2] > 200 && frames[9][1] < 40, "frame 9 is blue");
        Assert.True(frames[10][1] > 200 && frames[10][2] < 40, "frame 10 is green");
    }

    [Theory]
    [InlineData(15, 180)]
    [InlineData(320, 17)]
    public void Odd_or_tiny_sizes_are_refused(int w, int h)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LavfiClip.BuildArguments(LavfiClipOptions.Single(LavfiPattern.TestSrc2, 1, new FrameSize(w, h)), "/tmp/x.mp4"));
    }

    [Fact]
    public void A_colour_that_could_inject_filter_syntax_is_refused()
    {
        var options = new LavfiClipOptions { Shots = [new(LavfiPattern.SolidColor, 1, "red:size=10x10,drawtext")] };

        Assert.Throws<ArgumentException>(() => LavfiClip.BuildArguments(options, "/tmp/x.mp4"));
    }

    public void Dispose() => _folder.Dispose();
}
