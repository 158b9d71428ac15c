using WebAttention.Client.Components.Review;
using WebAttention.Client.Tests.Fakes;
using WebAttention.Core.Review;

namespace WebAttention.Client.Tests.Components.Review;

/// <summary>Own comments offer Edit (in place) and Delete (after a confirmation); others' comments offer neither.</summary>
public class CommentEditDeleteTests : MudTestContext
{
    private static readonly Guid ClipId = Guid.NewGuid();
    private readonly MemoryReviewApi api = new();

    private CommentView Add(string body, string author, Guid? parent = null)
    {
        var c = new CommentView(Guid.NewGuid(), ClipId, parent, null, 4, 4, null, body, author, author, [], null, false, DateTime.UtcNow, null, false);
        api.Comments[c.Id] = c;
        return c;
    }

    /// <summary>The list wired as the room wires it: each change goes to the API and the answer replaces the comment.</summary>
    private IRenderedComponent<CommentList> RenderList(string myKey, bool canComment = true)
    {
        IRenderedComponent<CommentList>? cut = null;
        void Refresh() => cut!.Render(p => p.Add(c => c.Comments, [.. api.Comments.Values]));
        cut = Render<CommentList>(p => p
            .Add(c => c.Comments, [.. api.Comments.Values])
            .Add(c => c.MyKey, myKey)
            .Add(c => c.CanComment, canComment)
            .Add(c => c.OnEdit, async ((CommentView Comment, string Body) e) =>
            {
                await api.EditCommentAsync(ClipId, e.Comment.Id, e.Body, CancellationToken.None);
                Refresh();
            })
            .Add(c => c.OnDelete, async (CommentView c) =>
            {
                await api.DeleteCommentAsync(ClipId, c.Id, CancellationToken.None);
                Refresh();
            }));
        return cut;
    }

    [Fact]
    public void Only_own_comments_and_replies_offer_edit_and_delete()
    {
        var theirs = Add("theirs", "u:owner");
        var mine = Add("mine", "g:ann");
        Add("my reply", "g:ann", theirs.Id);

        var cut = RenderList("g:ann");

        Assert.Empty(cut.FindAll($"[data-comment-id='{theirs.Id}'] > [data-testid=comment-own-actions]"));
        Assert.Single(cut.FindAll($"[data-comment-id='{mine.Id}'] > [data-testid=comment-own-actions]"));
        Assert.Single(cut.FindAll("[data-testid=comment-reply] [data-testid=comment-delete]"));
        Assert.Equal(2, cut.FindAll("[data-testid=comment-edit]").Count);

        // A view-scope member edits nothing, not even their own.
        var viewer = RenderList("g:ann", canComment: false);
        Assert.Empty(viewer.FindAll("[data-testid=comment-edit]"));
        Assert.Empty(viewer.FindAll("[data-testid=comment-delete]"));
    }

    [Fact]
    public void Edit_in_place_saves_the_new_text_and_cancel_keeps_the_old()
    {
        var mine = Add("frist", "g:ann");
        var cut = RenderList("g:ann");

        cut.Find("[data-testid=comment-edit]").Click();
        cut.Find("input[data-testid=comment-edit-text]").Input("changed my mind");
        cut.Find("[data-testid=comment-edit-cancel]").Click();
        Assert.Equal("frist", cut.Find("[data-testid=comment-body]").TextContent);
        Assert.Equal("frist", api.Comments[mine.Id].Body);

        cut.Find("[data-testid=comment-edit]").Click();
        Assert.Equal("frist", cut.Find("input[data-testid=comment-edit-text]").GetAttribute("value"));
        cut.Find("input[data-testid=comment-edit-text]").Input("first");
        cut.Find("[data-testid=comment-edit-save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("first", cut.Find("[data-testid=comment-body]").TextContent));
        Assert.Equal("first", api.Comments[mine.Id].Body);
        Assert.Single(cut.FindAll("[data-testid=comment-edited]"));
    }

    [Fact]
    public void Delete_asks_first_and_keep_deletes_nothing()
    {
        var mine = Add("oops", "g:ann");
        var cut = RenderList("g:ann");

        cut.Find("[data-testid=comment-delete]").Click();
        Assert.False(api.Comments[mine.Id].Deleted);
        cut.Find("[data-testid=comment-delete-cancel]").Click();
        Assert.False(api.Comments[mine.Id].Deleted);
        Assert.Equal("oops", cut.Find("[data-testid=comment-body]").TextContent);

        cut.Find("[data-testid=comment-delete]").Click();
        cut.Find("[data-testid=comment-delete-confirm]").Click();

        cut.WaitForAssertion(() => Assert.Equal("(deleted)", cut.Find("[data-testid=comment-body]").TextContent));
        Assert.True(api.Comments[mine.Id].Deleted);
        Assert.Empty(cut.FindAll("[data-testid=comment-edit]"));
    }
}
