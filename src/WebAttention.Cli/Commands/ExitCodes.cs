namespace WebAttention.Cli.Commands;

/// <summary>Process exit codes of <c>webattention</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>Bad input (missing file, not a video, unreadable image or dataset) or a failure while running.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong (conflicting or missing options).</summary>
    public const int Usage = 2;

    /// <summary>Cancelled (Ctrl+C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
