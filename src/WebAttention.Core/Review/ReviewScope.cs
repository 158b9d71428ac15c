namespace WebAttention.Core.Review;

/// <summary>
/// What a caller may do on a clip, in rising order: each scope includes the ones below it.
/// Share links grant View, Comment or Edit; the clip's owner and Admins hold Manage.
/// </summary>
public enum ReviewScope
{
    /// <summary>Nothing (the clip reads as unknown).</summary>
    None = 0,
    /// <summary>Watch, see presence, comments and approvals.</summary>
    View = 1,
    /// <summary>View, plus comment, reply, resolve, approve and present.</summary>
    Comment = 2,
    /// <summary>Comment, plus edit the crop path's keyframes.</summary>
    Edit = 3,
    /// <summary>Edit, plus share links and the audit log (owner and Admins only).</summary>
    Manage = 4,
}
