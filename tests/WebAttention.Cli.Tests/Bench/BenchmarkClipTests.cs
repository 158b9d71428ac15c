using WebAttention.Cli.Bench;

namespace WebAttention.Cli.Tests.Bench;

public sealed class BenchmarkClipTests
{
    [Fact]
    public void The_benchmark_clip_is_1080p30_and_30_seconds_of_testsrc2_then_the_moving_disc()
    {
        var options = BenchmarkClip.Options1080p30;

        Assert.Equal((1920, 1080), (options.Size.Width, options.Size.Height));
        Assert.Equal(30, options.FrameRate);
        Assert.Equal(30, options.Seconds);
        Assert.Equal(900, options.ExpectedFrameCount);
        var command = BenchmarkClip.CommandLine("/usr/bin/ffmpeg", "/tmp/clip.mp4");
        Assert.StartsWith("/usr/bin/ffmpeg ", command, StringComparison.Ordinal);
        Assert.Contains("testsrc2=size=1920x1080:rate=30:duration=15", command, StringComparison.Ordinal);
        Assert.Contains("geq=lum=", command, StringComparison.Ordinal);
        Assert.EndsWith("/tmp/clip.mp4", command, StringComparison.Ordinal);
    }
}
