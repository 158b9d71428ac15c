using WebAttention.Data;

namespace WebAttention.Data.Tests;

public class ErrorTextTests
{
    [Fact]
    public void A_reason_that_fits_is_kept_as_it_is()
    {
        Assert.Null(ErrorText.Fit(null, 10));
        Assert.Equal("disk full", ErrorText.Fit("disk full", 9));
    }

    [Fact]
    public void A_long_reason_keeps_its_start_and_ends_with_an_ellipsis_at_exactly_the_limit()
    {
        var fitted = ErrorText.Fit("ffmpeg exited with code 1: invalid data found", 20);

        Assert.Equal("ffmpeg exited with …", fitted);
        Assert.Equal(20, fitted!.Length);
    }

    [Fact]
    public void A_surrogate_pair_at_the_cut_is_dropped_whole()
    {
        // "abcdefg" + U+1F600 (two UTF-16 units) + more: a cut after 8 units would split the emoji.
        var fitted = ErrorText.Fit("abcdefg\U0001F600 and more", 10);

        Assert.Equal("abcdefg …", fitted);
    }

    [Fact]
    public void A_limit_too_small_for_the_ellipsis_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ErrorText.Fit("x", 2));
}
