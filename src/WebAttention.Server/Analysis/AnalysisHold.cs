namespace WebAttention.Server.Analysis;

/// <summary>The test-only hold of <see cref="Options.JobOptions.AnalysisHoldFile"/>: waits while the file exists.</summary>
internal static class AnalysisHold
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    /// <summary>Returns at once when <paramref name="holdFile"/> is empty, else once the file is gone (or on cancellation).</summary>
    public static async Task WhileHeldAsync(string? holdFile, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(holdFile))
        {
            return;
        }
        while (File.Exists(holdFile))
        {
            await Task.Delay(Poll, cancellationToken);
        }
    }
}
