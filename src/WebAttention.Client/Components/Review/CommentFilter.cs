using WebAttention.Core.Review;

namespace WebAttention.Client.Components.Review;

/// <summary>Which comments the side list shows.</summary>
public sealed record CommentFilter(bool OpenOnly, bool MineOnly, string? Aspect)
{
    public static CommentFilter All { get; } = new(false, false, null);

    /// <summary>
    /// Top-level comments that pass the filter, in frame order, each with its replies (oldest first).
    /// Replies follow their thread; "this aspect" keeps comments made on that aspect or on the source frame.
    /// </summary>
    public IReadOnlyList<(CommentView Comment, IReadOnlyList<CommentView> Replies)> Apply(IEnumerable<CommentView> comments, string? myKey)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var all = comments.ToList();
        var replies = all.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!.Value);
        return [.. all.Where(c => c.ParentId is null)
            .Where(c => !OpenOnly || !c.Resolved)
            .Where(c => !MineOnly || c.AuthorKey == myKey || replies[c.Id].Any(r => r.AuthorKey == myKey))
            .Where(c => Aspect is null || c.Aspect is null || c.Aspect == Aspect)
            .OrderBy(c => c.FirstFrame).ThenBy(c => c.CreatedAt)
            .Select(c => (c, (IReadOnlyList<CommentView>)[.. replies[c.Id].OrderBy(r => r.CreatedAt)]))];
    }

    /// <summary>The frames where threads start (deleted ones left out), each once, in order: the markers on the seek bar and the attention chart.</summary>
    public static IReadOnlyList<long> Markers(IEnumerable<CommentView> comments) =>
        [.. comments.Where(c => c.ParentId is null && !c.Deleted).Select(c => c.FirstFrame).Distinct().Order()];

    /// <summary>Adds or replaces <paramref name="changed"/> in <paramref name="comments"/> (by id).</summary>
    public static List<CommentView> Upsert(IEnumerable<CommentView> comments, CommentView changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var list = comments.Where(c => c.Id != changed.Id).ToList();
        list.Add(changed);
        return list;
    }
}
