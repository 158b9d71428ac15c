using WebAttention.Core.Review;

namespace WebAttention.Server.Review;

/// <summary>
/// Who is acting on a clip and with which scope: an account ("u:&lt;id&gt;": owner, Admin or granted reviewer)
/// or a guest holding a share link ("g:&lt;guest id&gt;"). <see cref="LinkId"/> is the link the access hangs on.
/// </summary>
public sealed record ReviewActor(Guid ClipId, string ClipTitle, string OwnerId, string Key, string Name, ReviewScope Scope, string? UserId, Guid? LinkId)
{
    public bool IsGuest => UserId is null;

    public ReviewIdentity Identity => new(ClipId, ClipTitle, Key, Name, Scope, IsGuest);

    public static string UserKey(string userId) => "u:" + userId;

    public static string GuestKey(Guid guestId) => "g:" + guestId.ToString("N");
}
