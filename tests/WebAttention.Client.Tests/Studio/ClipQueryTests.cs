using WebAttention.Client.Studio;
using WebAttention.Core.Clips;

namespace WebAttention.Client.Tests.Studio;

public class ClipQueryTests
{
    private static ClipSummary Clip(string title, double seconds, int day) =>
        new(Guid.NewGuid(), title, ClipStatus.Ready, seconds, 1920, 1080, 30, 1, 1, DateTimeOffset.UnixEpoch.AddDays(day), null);

    private static readonly ClipSummary[] Clips = [Clip("beach", 10, 1), Clip("Alps", 30, 3), Clip("city beach", 20, 2)];

    [Fact]
    public void Search_matches_titles_ignoring_case() =>
        Assert.Equal(["city beach", "beach"], ClipQuery.Apply(Clips, "BEACH", ClipSort.Newest).Select(c => c.Title));

    [Theory]
    [InlineData(ClipSort.Newest, "Alps,city beach,beach")]
    [InlineData(ClipSort.Title, "Alps,beach,city beach")]
    [InlineData(ClipSort.Duration, "Alps,city beach,beach")]
    public void Sorts(ClipSort sort, string expected) =>
        Assert.Equal(expected, string.Join(',', ClipQuery.Apply(Clips, " ", sort).Select(c => c.Title)));
}
