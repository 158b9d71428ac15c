using Microsoft.Extensions.DependencyInjection;
using WebAttention.Client.Components.Review;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Tests.Fakes;
using WebAttention.Core.Review;

namespace WebAttention.Client.Tests.Components.Review;

/// <summary>The owner's review activity: each stay in the room (open ones "in the room") and the audit log.</summary>
public class ReviewActivityTests : MudTestContext
{
    private static readonly Guid ClipId = Guid.NewGuid();
    private readonly MemoryReviewApi api = new();

    public ReviewActivityTests() => Services.AddSingleton<IReviewApi>(api);

    [Fact]
    public void Lists_stays_with_guests_marked_and_open_ones_in_the_room_and_the_audit_log()
    {
        var joined = new DateTime(2026, 12, 4, 17, 0, 0, DateTimeKind.Utc);
        api.Sessions.Add(new(Guid.NewGuid(), ClipId, "g:ann", "Ann", null, Guid.NewGuid(), joined, joined.AddMinutes(5), 0));
        api.Sessions.Add(new(Guid.NewGuid(), ClipId, "u:owner", "owner@example.test", "owner", null, joined, null, 61.4));
        api.Sessions.Add(new(Guid.NewGuid(), Guid.NewGuid(), "g:else", "Other clip", null, null, joined, null, 0));
        api.Audit.Add(new(1, ClipId, "u:owner", "owner@example.test", "share.created", "comment link", joined));

        var cut = Render<ReviewActivity>(p => p.Add(c => c.ClipId, ClipId));

        var rows = cut.FindAll("[data-testid=session-row]");
        Assert.Equal(["g:ann", "u:owner"], rows.Select(r => r.GetAttribute("data-actor")));
        Assert.Contains("(guest)", rows[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("(guest)", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("in the room", rows[1].QuerySelector("[data-testid=session-left]")!.TextContent);
        Assert.NotEqual("in the room", rows[0].QuerySelector("[data-testid=session-left]")!.TextContent);
        Assert.Equal("61 s", rows[1].QuerySelector("[data-testid=session-presented]")!.TextContent);
        Assert.Contains("share.created", Assert.Single(cut.FindAll("[data-testid=audit-row]")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_read_says_so_instead_of_an_empty_list_only()
    {
        api.Refuse = "Only the owner or an Admin can see this.";

        var cut = Render<ReviewActivity>(p => p.Add(c => c.ClipId, ClipId));

        Assert.Contains("Only the owner or an Admin", cut.Find("[data-testid=activity-error]").TextContent, StringComparison.Ordinal);
    }
}
