using Microsoft.Extensions.DependencyInjection;
using WebAttention.Client.Components.Review;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Tests.Fakes;

namespace WebAttention.Client.Tests.Components.Review;

public class ShareLinksPanelTests : MudTestContext
{
    private readonly MemoryReviewApi api = new();

    public ShareLinksPanelTests() => Services.AddSingleton<IReviewApi>(api);

    [Fact]
    public void Creating_a_link_shows_its_address_once_and_lists_it_and_revoking_marks_it()
    {
        var clip = Guid.NewGuid();
        var cut = Render<ShareLinksPanel>(p => p.Add(c => c.ClipId, clip));
        Assert.Empty(cut.FindAll("[data-testid=share-row]"));

        cut.Find("button[data-testid=share-create]").Click();

        cut.WaitForAssertion(() => Assert.Equal("http://test/review/tok-1", cut.Find("[data-testid=share-url]").TextContent));
        var row = cut.Find("[data-testid=share-row]");
        Assert.Contains("Comment", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("not yet", cut.Find("[data-testid=share-last-used]").TextContent);
        Assert.Equal("active", cut.Find("[data-testid=share-state]").TextContent);

        cut.Find("button[data-testid=share-revoke]").Click();

        cut.WaitForAssertion(() => Assert.Equal("revoked", cut.Find("[data-testid=share-state]").TextContent));
        Assert.Equal(clip, api.Revoked.Single().ClipId);
    }

    [Fact]
    public void A_refusal_is_shown_with_the_servers_message()
    {
        api.Refuse = "Expiry must be between 0 and 8784 hours (or none).";
        var cut = Render<ShareLinksPanel>(p => p.Add(c => c.ClipId, Guid.NewGuid()));

        cut.Find("button[data-testid=share-create]").Click();

        cut.WaitForAssertion(() => Assert.Equal(api.Refuse, cut.Find("[data-testid=share-error]").TextContent.Trim()));
    }
}
