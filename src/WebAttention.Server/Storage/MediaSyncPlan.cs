namespace WebAttention.Server.Storage;

/// <summary>One file of a clip: its path relative to the clip folder ('/'-separated), size and last write (UTC).</summary>
public readonly record struct MediaFileState(string Relative, long Size, DateTime ModifiedUtc);

/// <summary>
/// Which files to copy between a clip's local folder and the store. Pure: a file moves when the other side lacks
/// it, holds another size, or holds an older copy (by more than <see cref="Slack"/>, since object stores keep
/// whole seconds). After a copy the caller sets the local write time to the stored one, so nothing moves twice.
/// </summary>
public static class MediaSyncPlan
{
    /// <summary>Clock granularity tolerated between the file system and the store.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromSeconds(2);

    /// <summary>The clip's original upload: never re-sent by a sync (it is put once, when the upload completes).</summary>
    public const string Source = "source";

    /// <summary>Stored files to download: missing locally, another size, or newer than the local copy.</summary>
    public static IReadOnlyList<MediaFileState> ToPull(IEnumerable<MediaFileState> local, IEnumerable<MediaFileState> remote, bool includeSource)
    {
        var here = local.ToDictionary(f => f.Relative, StringComparer.Ordinal);
        return [.. remote.Where(r => (includeSource || r.Relative != Source)
            && (!here.TryGetValue(r.Relative, out var l) || l.Size != r.Size || r.ModifiedUtc > l.ModifiedUtc + Slack))];
    }

    /// <summary>Local files to upload: missing in the store, another size, or newer than the stored copy.</summary>
    public static IReadOnlyList<MediaFileState> ToPush(IEnumerable<MediaFileState> local, IEnumerable<MediaFileState> remote)
    {
        var there = remote.ToDictionary(f => f.Relative, StringComparer.Ordinal);
        return [.. local.Where(l => l.Relative != Source
            && (!there.TryGetValue(l.Relative, out var r) || l.Size != r.Size || l.ModifiedUtc > r.ModifiedUtc + Slack))];
    }
}
