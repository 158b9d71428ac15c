using System.Globalization;
using Microsoft.AspNetCore.Components;
using WebAttention.Core.Review;

namespace WebAttention.Client.Components.Review;

/// <summary>The room's comments as threads, with filters (open, mine, this aspect), seek, resolve/reopen, reply, and edit/delete of one's own.</summary>
public sealed partial class CommentList
{
    private readonly DefaultDrafts drafts = new();
    private CommentFilter filter = CommentFilter.All;

    [Parameter, EditorRequired]
    public IReadOnlyList<CommentView> Comments { get; set; } = [];

    /// <summary>The viewer's actor key (for "mine").</summary>
    [Parameter]
    public string? MyKey { get; set; }

    /// <summary>The aspect being reviewed, for the "this aspect" filter; null hides it.</summary>
    [Parameter]
    public string? Aspect { get; set; }

    [Parameter]
    public double FrameRate { get; set; }

    [Parameter]
    public bool CanComment { get; set; }

    [Parameter]
    public EventCallback<long> OnSeek { get; set; }

    [Parameter]
    public EventCallback<(CommentView Comment, bool Resolved)> OnResolve { get; set; }

    [Parameter]
    public EventCallback<(CommentView Parent, string Body)> OnReply { get; set; }

    /// <summary>Saves a new text of one's own comment.</summary>
    [Parameter]
    public EventCallback<(CommentView Comment, string Body)> OnEdit { get; set; }

    /// <summary>Deletes one's own comment (after the member confirmed).</summary>
    [Parameter]
    public EventCallback<CommentView> OnDelete { get; set; }

    private bool IsMine(CommentView c) => CanComment && MyKey is not null && c.AuthorKey == MyKey;

    private void ToggleOpen() => filter = filter with { OpenOnly = !filter.OpenOnly };

    private void ToggleMine() => filter = filter with { MineOnly = !filter.MineOnly };

    private void ToggleAspect() => filter = filter with { Aspect = filter.Aspect is null ? Aspect : null };

    private async Task ReplyAsync(CommentView parent)
    {
        if (drafts[parent.Id] is { Length: > 0 } body && !string.IsNullOrWhiteSpace(body))
        {
            await OnReply.InvokeAsync((parent, body));
            drafts[parent.Id] = null;
        }
    }

    private string FrameText(CommentView c)
    {
        var first = FrameRate > 0 ? (c.FirstFrame / FrameRate).ToString("0.00", CultureInfo.InvariantCulture) + " s" : "frame " + c.FirstFrame;
        return c.LastFrame == c.FirstFrame ? first : $"{first} (frames {c.FirstFrame}–{c.LastFrame})";
    }

    /// <summary>Drafts read as empty until typed.</summary>
    private sealed class DefaultDrafts : Dictionary<Guid, string?>
    {
        public new string? this[Guid key]
        {
            get => TryGetValue(key, out var v) ? v : null;
            set => base[key] = value;
        }
    }
}
