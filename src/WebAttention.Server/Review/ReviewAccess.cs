using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Review;
using WebAttention.Data;
using WebAttention.Server.Auth;

namespace WebAttention.Server.Review;

/// <summary>Why a review call was refused.</summary>
public enum ReviewDenial
{
    None,
    /// <summary>No account and no guest link (401).</summary>
    SignIn,
    /// <summary>No such clip, or the caller has no access to it: the two read the same (404).</summary>
    NotFound,
    /// <summary>The caller's link was revoked or has expired (403).</summary>
    Revoked,
    /// <summary>The caller's scope is too low for the call (403).</summary>
    Scope,
}

/// <summary>The outcome of an access check: the actor, or why not.</summary>
public sealed record ReviewCheck(ReviewActor? Actor, ReviewDenial Denial, string Message)
{
    public static ReviewCheck Allowed(ReviewActor actor) => new(actor, ReviewDenial.None, string.Empty);

    public static ReviewCheck Denied(ReviewDenial denial, string message) => new(null, denial, message);

    /// <summary>The HTTP answer of a denial.</summary>
    public IResult ToResult() => Denial switch
    {
        ReviewDenial.SignIn => Results.Problem(Message, statusCode: StatusCodes.Status401Unauthorized),
        ReviewDenial.Revoked or ReviewDenial.Scope => Results.Problem(Message, statusCode: StatusCodes.Status403Forbidden),
        _ => Results.NotFound(),
    };
}

/// <summary>
/// The one place that decides who may do what on a clip under review. Owner and Admins: Manage. A signed-in user
/// with a grant (from a share link opened while signed in): the link's scope while the link lives. A guest: the
/// scope of the link in their cookie, for that link's clip only, while it lives. Links are read on every call, so
/// revoking or expiry takes effect at once. <see cref="Clips.ClipAccess"/> stays the owner-or-Admin rule of the
/// creator's own endpoints; this extends it with grants and guests.
/// </summary>
public sealed class ReviewAccess(AppDbContext db, TimeProvider time)
{
    private static readonly TimeSpan TouchEvery = TimeSpan.FromSeconds(30);

    /// <summary>Checks an HTTP request (account cookie and guest cookie).</summary>
    public async Task<ReviewCheck> CheckAsync(HttpContext http, Guid clipId, ReviewScope required, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        return await CheckAsync(http.User, await ReviewGuest.ReadAsync(http), clipId, required, cancellationToken);
    }

    /// <summary>Checks a caller: <paramref name="user"/> (account, may be anonymous) and/or <paramref name="guest"/>.</summary>
    public async Task<ReviewCheck> CheckAsync(ClaimsPrincipal? user, GuestTicket? guest, Guid clipId, ReviewScope required, CancellationToken cancellationToken)
    {
        var userId = user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (userId is null && guest is null)
        {
            return ReviewCheck.Denied(ReviewDenial.SignIn, "Sign in or open a share link first.");
        }
        var clip = await db.Clips.AsNoTracking().Where(c => c.Id == clipId)
            .Select(c => new { c.Id, c.Title, c.OwnerId }).FirstOrDefaultAsync(cancellationToken);
        if (clip is null)
        {
            return ReviewCheck.Denied(ReviewDenial.NotFound, "No such clip.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        ReviewActor? actor = null;
        if (userId is not null)
        {
            var name = user!.Identity!.Name ?? userId;
            if (clip.OwnerId == userId || user.IsAdmin())
            {
                actor = new ReviewActor(clip.Id, clip.Title, clip.OwnerId, ReviewActor.UserKey(userId), name, ReviewScope.Manage, userId, null);
            }
            else
            {
                var grant = await (from g in db.ReviewGrants.AsNoTracking()
                                   join l in db.ShareLinks.AsNoTracking() on g.ShareLinkId equals l.Id
                                   where g.UserId == userId && g.ClipId == clipId && l.RevokedAt == null && (l.ExpiresAt == null || l.ExpiresAt > now)
                                   orderby l.Scope descending
                                   select new { l.Id, l.Scope, l.LastUsedAt }).FirstOrDefaultAsync(cancellationToken);
                if (grant is not null)
                {
                    actor = new ReviewActor(clip.Id, clip.Title, clip.OwnerId, ReviewActor.UserKey(userId), name, grant.Scope, userId, grant.Id);
                    await TouchAsync(grant.Id, grant.LastUsedAt, now, cancellationToken);
                }
            }
        }
        if (actor is null && guest is not null && guest.ClipId == clipId)
        {
            var link = await db.ShareLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == guest.LinkId && l.ClipId == clipId, cancellationToken);
            if (link is null || link.RevokedAt is not null)
            {
                return ReviewCheck.Denied(ReviewDenial.Revoked, "This share link was revoked.");
            }
            if (!link.IsActive(now))
            {
                return ReviewCheck.Denied(ReviewDenial.Revoked, "This share link has expired.");
            }
            actor = new ReviewActor(clip.Id, clip.Title, clip.OwnerId, ReviewActor.GuestKey(guest.GuestId), guest.Name, link.Scope, null, link.Id);
            await TouchAsync(link.Id, link.LastUsedAt, now, cancellationToken);
        }
        if (actor is null)
        {
            return ReviewCheck.Denied(ReviewDenial.NotFound, "No such clip.");
        }
        return actor.Scope >= required
            ? ReviewCheck.Allowed(actor)
            : ReviewCheck.Denied(ReviewDenial.Scope, $"This needs {Describe(required)} access; you have {Describe(actor.Scope)}.");
    }

    /// <summary>"view", "comment", "edit", "owner".</summary>
    public static string Describe(ReviewScope scope) => scope == ReviewScope.Manage ? "owner" : scope.ToString().ToLowerInvariant();

    private async Task TouchAsync(Guid linkId, DateTime? lastUsed, DateTime now, CancellationToken cancellationToken)
    {
        if (lastUsed is null || now - lastUsed.Value > TouchEvery)
        {
            await db.ShareLinks.Where(l => l.Id == linkId).ExecuteUpdateAsync(s => s.SetProperty(l => l.LastUsedAt, now), cancellationToken);
        }
    }
}
