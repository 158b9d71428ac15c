namespace WebAttention.Data.Entities;

/// <summary>
/// One revision of a clip's crop path for one aspect. Every solve and every keyframe edit adds a row
/// (older revisions stay for undo and audit); the path itself is a <c>CropPathJson</c> file under the
/// clip folder, named by this row's id so two racing edits never write the same file.
/// </summary>
public sealed class CropPathRecord
{
    /// <summary>Row id; also names the revision's JSON file.</summary>
    public Guid Id { get; set; }

    /// <summary>The clip the path reframes.</summary>
    public Guid ClipId { get; set; }

    /// <summary>Target aspect in lowest terms, written "9:16".</summary>
    public required string Aspect { get; set; }

    /// <summary>1 for the first solve, then one more per solve or edit; unique per clip and aspect.</summary>
    public int Revision { get; set; }

    /// <summary>Motion preset the path was solved with (slower, default, faster).</summary>
    public required string Preset { get; set; }

    /// <summary>The revision's CropPathJson file, relative to the clip folder.</summary>
    public required string JsonFile { get; set; }

    /// <summary>Number of keyframes the user placed.</summary>
    public int ManualKeyframes { get; set; }

    /// <summary>Whether any shot is letterboxed.</summary>
    public bool Padded { get; set; }

    /// <summary>When the revision was saved (UTC).</summary>
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>User id of whoever asked for the solve or made the edit.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>The reframe job that produced it, or null for an edit (makes a rerun of the job idempotent).</summary>
    public Guid? JobId { get; set; }
}
