namespace WebAttention.Core.Review;

/// <summary>Route and method names of the review hub (one room per clip).</summary>
public static class ReviewHubContract
{
    /// <summary>Hub route.</summary>
    public const string Route = "/hubs/review";

    /// <summary>(Guid clipId) → RoomSnapshot: join the clip's room.</summary>
    public const string Join = nameof(Join);

    /// <summary>(Guid clipId): leave the room.</summary>
    public const string Leave = nameof(Leave);

    /// <summary>(Guid clipId, PresenceUpdate): where the caller is and whether they follow or edit.</summary>
    public const string UpdatePresence = nameof(UpdatePresence);

    /// <summary>(Guid clipId) → PlaybackState: become the presenter.</summary>
    public const string TakePresenter = nameof(TakePresenter);

    /// <summary>(Guid clipId, PlaybackCommand) → PlaybackState: the presenter plays, pauses, seeks or changes rate.</summary>
    public const string Playback = nameof(Playback);

    /// <summary>(Guid clipId, KeyframeChange) → KeyframeEditResult: move, add or remove one keyframe.</summary>
    public const string EditKeyframe = nameof(EditKeyframe);
}

/// <summary>What a member reports about themselves.</summary>
public sealed record PresenceUpdate(double Position, bool Following, bool Editing);

/// <summary>One member of the room.</summary>
public sealed record PresenceMember(string ConnectionId, string ActorKey, string DisplayName, ReviewScope Scope, double Position, bool Following, bool Editing, bool Presenting);

/// <summary>The presenter's playback: <see cref="Position"/> (seconds) held at <see cref="ServerTimeMs"/> (Unix ms, server clock).</summary>
public sealed record PlaybackState(string? PresenterKey, string? PresenterName, bool Playing, double Position, double Rate, long ServerTimeMs, long Sequence);

/// <summary>What the presenter did.</summary>
public sealed record PlaybackCommand(bool Playing, double Position, double Rate);

/// <summary>Answer to joining: who is there and where playback stands.</summary>
public sealed record RoomSnapshot(ReviewIdentity Me, IReadOnlyList<PresenceMember> Members, PlaybackState Playback, long ServerTimeMs);

/// <summary>One keyframe edit; <see cref="Remove"/> deletes the manual keyframe at <see cref="Frame"/>.</summary>
public sealed record KeyframeChange(string Aspect, int BaseRevision, long Frame, double CenterX, double CenterY, double Zoom = 1, bool Remove = false);

/// <summary>A manual keyframe of a path.</summary>
public sealed record KeyframeValue(long Frame, double CenterX, double CenterY, double Zoom);

/// <summary>
/// The path after an edit: its revision, its manual keyframes, who made it, and — when the edit replaced a
/// keyframe someone else had set since the editor's base — whose value it overwrote.
/// </summary>
public sealed record CropPathEdited(Guid ClipId, string Aspect, int Revision, string EditorKey, string EditorName, long Frame, IReadOnlyList<KeyframeValue> Keyframes, string? OverwroteKey);

/// <summary>Told to the writer whose keyframe a later edit replaced: the winner and the path now.</summary>
public sealed record KeyframeOverwritten(Guid ClipId, string Aspect, long Frame, string WinnerName, KeyframeValue? Winning, CropPathEdited Path);

/// <summary>Told to a room member whom a comment named with an @mention: who, where and what (the body as plain text).</summary>
public sealed record MentionNotice(Guid ClipId, Guid CommentId, long FirstFrame, string AuthorName, string Body);
