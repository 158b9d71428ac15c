using WebAttention.Core.Media;

namespace WebAttention.Core.Tests.Media;

/// <summary>Frame ↔ time at the clip's real rate: 15, 25 and 29.97 (30000/1001) fps.</summary>
public class FrameClockTests
{
    public static TheoryData<double> Rates => new() { 15, 25, 30000.0 / 1001 };

    [Theory]
    [MemberData(nameof(Rates))]
    public void Every_frame_round_trips_through_its_start_time_and_its_seek_time(double rate)
    {
        var clock = new FrameClock(rate, (long)Math.Round(rate * 70)); // past a minute, where 29.97 drifts from 30

        for (long n = 0; n < clock.FrameCount; n++)
        {
            Assert.Equal(n, clock.FrameAt(clock.StartOf(n)));
            Assert.Equal(n, clock.FrameAt(clock.SeekTime(n)));
            // A media element reports times to the microsecond.
            Assert.Equal(n, clock.FrameAt(Math.Round(clock.StartOf(n), 6)));
            Assert.Equal(n, clock.FrameAt(Math.Round(clock.SeekTime(n), 6)));
        }
    }

    [Theory]
    [MemberData(nameof(Rates))]
    public void Next_and_previous_frame_always_move_exactly_one_frame(double rate)
    {
        var clock = new FrameClock(rate, (long)Math.Round(rate * 70));

        for (long n = 0; n < clock.FrameCount; n++)
        {
            var next = clock.FrameAt(clock.SeekTime(clock.Step(n, 1)));
            var previous = clock.FrameAt(clock.SeekTime(clock.Step(n, -1)));
            Assert.Equal(Math.Min(n + 1, clock.FrameCount - 1), next);
            Assert.Equal(Math.Max(n - 1, 0), previous);
        }
    }

    [Theory]
    [InlineData(25, 2.0, 50, "00:02.00 · frame 50")]
    [InlineData(15, 8.0, 120, "00:08.00 · frame 120")]
    [InlineData(30000.0 / 1001, 60.0, 1798, "00:59.99 · frame 1798")]
    [InlineData(30000.0 / 1001, 61.0, 1828, "01:00.99 · frame 1828")]
    public void The_frame_and_timecode_at_a_time_use_the_clips_rate(double rate, double seconds, long frame, string timecode)
    {
        var clock = new FrameClock(rate, 100_000);

        Assert.Equal(frame, clock.FrameAt(seconds));
        Assert.Equal(timecode, clock.Timecode(clock.FrameAt(seconds)));
    }

    [Fact]
    public void Frames_and_times_stay_inside_the_clip()
    {
        var clock = new FrameClock(15, 120);

        Assert.Equal(0, clock.FrameAt(-1));
        Assert.Equal(0, clock.FrameAt(double.NaN));
        Assert.Equal(119, clock.FrameAt(60));
        Assert.Equal(119, clock.Step(119, 1));
        Assert.Equal(0, clock.Step(0, -1));
        Assert.Equal(119.5 / 15, clock.SeekTime(500));
    }

    [Fact]
    public void An_unknown_rate_is_an_error_not_an_assumed_30_fps()
    {
        var clock = new FrameClock(0, 100);

        Assert.False(clock.IsKnown);
        Assert.Throws<InvalidOperationException>(() => clock.FrameAt(1));
        Assert.Throws<InvalidOperationException>(() => clock.SeekTime(1));
    }
}
