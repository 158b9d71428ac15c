using WebAttention.Core.Review;

namespace WebAttention.Core.Tests.Review;

/// <summary>Pure review rules: where the presenter is, when a follower corrects, attention under a box, mentions.</summary>
public sealed class ReviewRulesTests
{
    [Fact]
    public void A_playing_presenter_moves_on_by_rate_times_elapsed_and_a_paused_one_stays()
    {
        var playing = new PlaybackState("u:1", "Ann", true, 10, 2, 1_000, 1);
        Assert.Equal(13, PlaybackClock.ExpectedPosition(playing, 2_500), 9);
        Assert.Equal(10, PlaybackClock.ExpectedPosition(playing with { Playing = false }, 99_000), 9);
        Assert.Equal(10, PlaybackClock.ExpectedPosition(playing, 500), 9);
    }

    [Theory]
    [InlineData(1.000, 1.019, 25, false)] // under half a frame (0.02 s at 25 fps): no seek
    [InlineData(1.000, 1.021, 25, true)]
    [InlineData(5.0, 4.0, 30, true)]
    public void A_follower_seeks_only_when_half_a_frame_or_more_off(double local, double expected, double fps, bool seeks)
    {
        var correction = PlaybackClock.Correction(local, expected, fps);
        Assert.Equal(seeks, correction is not null);
        if (seeks)
        {
            Assert.Equal(expected, correction!.Value, 9);
        }
    }

    [Fact]
    public void Attention_under_a_box_is_the_mean_of_the_map_cells_it_covers()
    {
        // 4x2 map: left half 0, right half 255.
        byte[] map = [0, 0, 255, 255, 0, 0, 255, 255];
        Assert.Equal(1.0, RegionAttention.Mean(map, 4, 2, new RegionBox(0.5, 0, 0.5, 1)), 9);
        Assert.Equal(0.0, RegionAttention.Mean(map, 4, 2, new RegionBox(0, 0, 0.5, 1)), 9);
        Assert.Equal(0.5, RegionAttention.Mean(map, 4, 2, null), 9);
        Assert.Equal(1.0, RegionAttention.Mean(map, 4, 2, new RegionBox(0.9, 0.9, 0.01, 0.01)), 9);
    }

    [Theory]
    [InlineData(0, 0, 1, 1, true)]
    [InlineData(0.5, 0.5, 0.6, 0.1, false)]
    [InlineData(-0.1, 0, 0.5, 0.5, false)]
    [InlineData(0.1, 0.1, 0, 0.5, false)]
    [InlineData(0.1, 0.1, double.NaN, 0.5, false)]
    public void A_region_must_lie_inside_the_frame(double x, double y, double w, double h, bool ok) =>
        Assert.Equal(ok, RegionAttention.Check(new RegionBox(x, y, w, h)) is null);

    [Fact]
    public void Mentions_are_whole_member_names_after_an_at_sign()
    {
        string[] members = ["Ann", "Bob", "ann@example.test", "Bo"];
        Assert.Equal(["Ann", "Bob"], ReviewText.Mentions("@ann please check, cc @Bob.", members));
        Assert.Empty(ReviewText.Mentions("email bob@Annex or @Annie", members));
        Assert.Equal(["ann@example.test"], ReviewText.Mentions("see @ann@example.test", ["Ann", "ann@example.test"]));
    }

    [Theory]
    [InlineData("  Ann  ", "Ann")]
    [InlineData("A\u0000nn", "Ann")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Guest_names_are_trimmed_and_cleaned(string? raw, string? expected) =>
        Assert.Equal(expected, ReviewText.CleanName(raw));
}
