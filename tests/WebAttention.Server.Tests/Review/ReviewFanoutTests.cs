using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Server.Tests.Review;

/// <summary>
/// Keeps the load benchmark (`LoadBench review-fanout`) from rotting: the same run, small (5 followers × 5 seeks),
/// against the in-process server on a real socket. Asserts behaviour only: every follower gets every seek.
/// </summary>
public sealed class ReviewFanoutTests(ReviewFixture fixture, ITestOutputHelper output) : IClassFixture<ReviewFixture>
{
    [Fact]
    public async Task Every_follower_receives_every_seek_of_the_presenter()
    {
        var clipId = await fixture.AddClipAsync(fixture.Owner.Info.Id);

        var result = await ReviewFanout.RunAsync(fixture.Owner, clipId, followers: 5, seeks: 5, perSeekTimeout: TimeSpan.FromSeconds(30));

        output.WriteLine(result.ToString());
        Assert.Equal(0, result.Errors);
        Assert.Equal(5, result.LatenciesMs.Count);
    }
}
