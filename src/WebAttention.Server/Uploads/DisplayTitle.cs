namespace WebAttention.Server.Uploads;

/// <summary>Turns a browser-supplied file name into a safe display title (never a path).</summary>
public static class DisplayTitle
{
    public const int MaxLength = 200;

    public static string From(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        var clean = new string([.. name.Where(c => !char.IsControl(c) && !IsBidiControl(c))]).Trim();
        if (clean.Length == 0)
        {
            return "Untitled clip";
        }
        return clean.Length > MaxLength ? clean[..MaxLength] : clean;
    }

    // Embedding, override and isolate marks reorder what follows ("clip\u202Egpj.exe" shows as "clipexe.jpg").
    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
