namespace WebAttention.Data;

/// <summary>
/// Fits a failure reason into its column. An ffmpeg or model error can run to pages; a database that enforces
/// lengths (PostgreSQL) would refuse the row, and the failure would be lost with it. Pure.
/// </summary>
public static class ErrorText
{
    private const string Ellipsis = " …";

    /// <summary><paramref name="error"/> unchanged when it fits <paramref name="maxLength"/>, else its start plus an ellipsis, <paramref name="maxLength"/> long.</summary>
    public static string? Fit(string? error, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, Ellipsis.Length + 1);
        if (error is null || error.Length <= maxLength)
        {
            return error;
        }

        var keep = maxLength - Ellipsis.Length;
        if (char.IsHighSurrogate(error[keep - 1]))
        {
            keep--; // Never split a surrogate pair.
        }
        return string.Concat(error.AsSpan(0, keep), Ellipsis);
    }
}
