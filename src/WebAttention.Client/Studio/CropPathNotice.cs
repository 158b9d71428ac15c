namespace WebAttention.Client.Studio;

/// <summary>How much a <see cref="CropPathNotice"/> matters to the user.</summary>
public enum CropPathNoticeLevel
{
    /// <summary>Something was reloaded or is unavailable; the studio still works.</summary>
    Warning,

    /// <summary>An edit or a load failed; the user has to act.</summary>
    Error,
}

/// <summary>A message from a <see cref="CropPathEditor"/> for the user (the page shows it as a snackbar).</summary>
/// <param name="Message">What happened and what to do, in the user's words.</param>
/// <param name="Level">How much it matters.</param>
public sealed record CropPathNotice(string Message, CropPathNoticeLevel Level);

/// <summary>What came of pinning a keyframe from a drop of the crop box.</summary>
public enum PinOutcome
{
    /// <summary>There was no path (or no frames) to pin on; nothing was sent.</summary>
    NothingToPin,

    /// <summary>The keyframe was saved as a new revision.</summary>
    Saved,

    /// <summary>Nothing was saved (no change, a conflict or an error): the box should go back to the path.</summary>
    NotSaved,
}
