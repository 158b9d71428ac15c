using Microsoft.Extensions.DependencyInjection;
using WebAttention.Client.Components.Review;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Tests.Fakes;
using WebAttention.Core.Review;

namespace WebAttention.Client.Tests.Components.Review;

public class SharedWithMeTests : MudTestContext
{
    private readonly MemoryReviewApi api = new();

    public SharedWithMeTests() => Services.AddSingleton<IReviewApi>(api);

    [Fact]
    public void Nothing_shared_shows_nothing()
    {
        var cut = Render<SharedWithMe>();

        Assert.Empty(cut.FindAll("[data-testid=shared-with-me]"));
    }

    [Fact]
    public void A_shared_clip_is_listed_with_its_scope_and_who_shared_it_and_links_to_its_room()
    {
        var clip = Guid.NewGuid();
        api.Shared.Add(new SharedClip(clip, "Harbour at dusk", ReviewScope.Comment, "owner@example.com", DateTime.UtcNow));

        var cut = Render<SharedWithMe>();

        var row = cut.WaitForElement("[data-testid=shared-clip]");
        Assert.Contains("Harbour at dusk", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("comment · from owner@example.com", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(clip.ToString(), row.QuerySelector("a")!.GetAttribute("href"), StringComparison.OrdinalIgnoreCase);
    }
}
