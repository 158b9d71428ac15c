using WebAttention.Client.Services.Uploads;

namespace WebAttention.Client.Tests.Uploads;

public class InFlightLimitTests
{
    private const int Chunk = 64 * 1024;
    private const long Max = 2 * 1024 * 1024;

    [Theory]
    [InlineData(0, 2 * Chunk)] // nothing measured yet: start small
    [InlineData(40_000, 2 * Chunk)] // a slow link: two chunks, never less
    [InlineData(500_000, 500_000)] // about one second of the link
    [InlineData(100_000_000, Max)] // a fast link: capped
    public void The_window_is_about_a_second_of_the_measured_rate_between_two_chunks_and_the_cap(double rate, long expected) =>
        Assert.Equal(expected, InFlightLimit.For(rate, 1, Chunk, Max));

    [Fact]
    public void A_cap_below_two_chunks_wins() => Assert.Equal(Chunk, InFlightLimit.For(1e9, 1, Chunk, Chunk));

    [Fact]
    public void A_rate_that_is_not_a_number_starts_small() => Assert.Equal(2 * Chunk, InFlightLimit.For(double.NaN, 1, Chunk, Max));
}
