using WebAttention.Client.Components.Review;
using WebAttention.Core.Review;

namespace WebAttention.Client.Tests.Components.Review;

public class CommentListTests : MudTestContext
{
    private static readonly Guid ClipId = Guid.NewGuid();

    private static CommentView Comment(string body, long frame, string author = "u:owner", bool resolved = false, Guid? parent = null, string? aspect = null) =>
        new(Guid.NewGuid(), ClipId, parent, aspect, frame, frame, null, body, author, author == "g:ann" ? "Ann" : "Owner", [], null, resolved, DateTime.UtcNow, null, false);

    [Fact]
    public void A_comment_body_renders_markdown_and_any_html_in_it_as_text_never_as_markup()
    {
        var cut = Render<CommentList>(p => p
            .Add(c => c.Comments, [Comment("<img src=x onerror=alert(1)> **bold**", 3)])
            .Add(c => c.FrameRate, 25));

        var body = cut.Find("[data-testid=comment-body]");
        Assert.Equal("<img src=x onerror=alert(1)> bold", body.TextContent);
        Assert.Empty(body.QuerySelectorAll("img"));
        Assert.Equal("bold", body.QuerySelector("strong")!.TextContent);
    }

    [Fact]
    public void Filters_show_open_mine_and_this_aspect_and_replies_stay_in_their_thread()
    {
        var mine = Comment("mine", 10, "g:ann", aspect: "9:16");
        var resolved = Comment("done", 5, resolved: true);
        var other = Comment("other aspect", 20, aspect: "1:1");
        var reply = Comment("reply", 10, parent: mine.Id);
        var cut = Render<CommentList>(p => p
            .Add(c => c.Comments, [other, mine, resolved, reply])
            .Add(c => c.MyKey, "g:ann")
            .Add(c => c.Aspect, "9:16")
            .Add(c => c.FrameRate, 25));

        Assert.Equal(["done", "mine", "other aspect"], Bodies(cut));
        Assert.Equal("reply", cut.Find("[data-testid=comment-reply] .comment-body").TextContent);

        cut.Find("[data-testid=filter-open]").Click();
        Assert.Equal(["mine", "other aspect"], Bodies(cut));
        cut.Find("[data-testid=filter-aspect]").Click();
        Assert.Equal(["mine"], Bodies(cut));
        cut.Find("[data-testid=filter-open]").Click();
        cut.Find("[data-testid=filter-aspect]").Click();
        cut.Find("[data-testid=filter-mine]").Click();
        Assert.Equal(["mine"], Bodies(cut));
    }

    [Fact]
    public void Resolve_asks_for_the_opposite_of_the_current_state_and_viewers_see_no_buttons()
    {
        var open = Comment("open", 1);
        (CommentView, bool)? asked = null;
        var cut = Render<CommentList>(p => p
            .Add(c => c.Comments, [open])
            .Add(c => c.CanComment, true)
            .Add(c => c.OnResolve, (Action<(CommentView, bool)>)(x => asked = x)));

        cut.Find("[data-testid=comment-resolve]").Click();
        Assert.Equal((open, true), asked);

        cut.Render(p => p.Add(c => c.CanComment, false));
        Assert.Empty(cut.FindAll("[data-testid=comment-resolve]"));
        Assert.Empty(cut.FindAll("[data-testid=reply-send]"));
    }

    private static string[] Bodies(IRenderedComponent<CommentList> cut) =>
        [.. cut.FindAll("[data-testid=comment] > [data-testid=comment-body]").Select(b => b.TextContent)];
}
