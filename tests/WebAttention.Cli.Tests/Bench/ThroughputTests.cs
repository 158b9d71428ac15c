using WebAttention.Cli.Bench;

namespace WebAttention.Cli.Tests.Bench;

public sealed class ThroughputTests
{
    [Fact]
    public void The_time_ratio_is_how_many_times_longer_a_frame_takes_not_the_frames_per_second_ratio()
    {
        // The quiet-machine figures of the 1080p clip: decode 900 frames in 3.82 s, end to end 900 frames in 10.92 s.
        var decode = new Throughput("decode only", 900, 3.82);
        var endToEnd = new Throughput("end to end", 900, 10.92);

        var ratio = Throughput.TimeRatio(endToEnd, decode);

        Assert.Equal(10.92 / 3.82, ratio, 9);
        Assert.True(ratio > 1);
        Assert.Equal(1 / (endToEnd.FramesPerSecond / decode.FramesPerSecond), ratio, 9);
    }

    [Fact]
    public void The_time_ratio_compares_seconds_a_frame_when_the_runs_handled_different_frame_counts()
    {
        // 2 s for 100 frames (20 ms a frame) against 1 s for 200 frames (5 ms a frame): four times longer a frame.
        Assert.Equal(4.0, Throughput.TimeRatio(new Throughput("slow", 100, 2), new Throughput("fast", 200, 1)), 9);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(10, 0.0)]
    public void A_run_without_frames_or_time_gives_no_ratio(long frames, double seconds)
    {
        var empty = new Throughput("empty", frames, seconds);
        var fine = new Throughput("fine", 10, 1);

        Assert.True(double.IsNaN(Throughput.TimeRatio(empty, fine)));
        Assert.True(double.IsNaN(Throughput.TimeRatio(fine, empty)));
    }
}
