using WebAttention.Core.Clips;

namespace WebAttention.Client.Studio;

/// <summary>How the library orders clips.</summary>
public enum ClipSort
{
    /// <summary>Newest first.</summary>
    Newest,
    /// <summary>Title A–Z.</summary>
    Title,
    /// <summary>Longest first.</summary>
    Duration,
}

/// <summary>Search (title contains, case-insensitive) and order of the library's clips. Pure.</summary>
public static class ClipQuery
{
    /// <summary>The clips matching <paramref name="search"/>, in <paramref name="sort"/> order.</summary>
    public static IReadOnlyList<ClipSummary> Apply(IEnumerable<ClipSummary> clips, string? search, ClipSort sort)
    {
        ArgumentNullException.ThrowIfNull(clips);
        var matching = string.IsNullOrWhiteSpace(search)
            ? clips
            : clips.Where(c => c.Title.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase));
        return sort switch
        {
            ClipSort.Title => [.. matching.OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase)],
            ClipSort.Duration => [.. matching.OrderByDescending(c => c.DurationSeconds)],
            _ => [.. matching.OrderByDescending(c => c.CreatedAt)],
        };
    }
}
