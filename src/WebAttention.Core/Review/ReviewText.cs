using System.Text.RegularExpressions;

namespace WebAttention.Core.Review;

/// <summary>Pure text rules of comments: length, @mentions.</summary>
public static partial class ReviewText
{
    /// <summary>Longest comment body.</summary>
    public const int MaxBody = 4000;

    /// <summary>Longest display name of a guest.</summary>
    public const int MaxDisplayName = 60;

    /// <summary>
    /// The members named in <paramref name="body"/> as "@Name" (case-insensitive, whole names; a name with spaces
    /// is matched as written), in the order of <paramref name="members"/>, each once.
    /// </summary>
    public static IReadOnlyList<string> Mentions(string body, IEnumerable<string> members)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(members);
        var found = new List<string>();
        foreach (var name in members.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var at = 0;
            while ((at = body.IndexOf("@" + name, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var end = at + name.Length + 1;
                var before = at == 0 || !IsNameChar(body[at - 1]);
                var after = !Continues(body, end);
                if (before && after)
                {
                    found.Add(name);
                    break;
                }
                at = end;
            }
        }
        return found;
    }

    /// <summary>A guest display name, trimmed and with control characters removed; null when nothing usable is left.</summary>
    public static string? CleanName(string? name)
    {
        if (name is null)
        {
            return null;
        }
        var cleaned = ControlChars().Replace(name, string.Empty).Trim();
        return cleaned.Length is 0 or > MaxDisplayName ? null : cleaned;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.';

    /// <summary>Whether a name goes on at <paramref name="at"/>: a letter, digit, _ or -, or a . or @ followed by one ("@Bob." ends at the dot).</summary>
    private static bool Continues(string body, int at) =>
        at < body.Length && (char.IsLetterOrDigit(body[at]) || body[at] is '_' or '-'
            || body[at] is '.' or '@' && at + 1 < body.Length && char.IsLetterOrDigit(body[at + 1]));

    [GeneratedRegex(@"\p{C}")]
    private static partial Regex ControlChars();
}
