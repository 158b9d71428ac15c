using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WebAttention.Core;
using WebAttention.Core.Review;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Server.Auth;

namespace WebAttention.Server.Review;

/// <summary>Share links: made, listed and revoked by the owner or an Admin; redeemed by guests and reviewers.</summary>
public static class ShareLinksApi
{
    /// <summary>Longest link lifetime (a year).</summary>
    public const double MaxExpiryHours = 24 * 366;

    /// <summary>How long a guest cookie lasts at most (less when the link expires sooner).</summary>
    public static readonly TimeSpan GuestSession = TimeSpan.FromHours(12);

    public static IEndpointRouteBuilder MapShareLinksApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/clips/{id:guid}/shares", CreateAsync);
        app.MapGet("/api/clips/{id:guid}/shares", ListAsync);
        app.MapDelete("/api/clips/{id:guid}/shares/{linkId:guid}", RevokeAsync);
        app.MapGet("/api/clips/{id:guid}/review/me", MeAsync);
        app.MapPost(ReviewRoutes.Redeem, RedeemAsync).RequireRateLimiting(AuthApi.RateLimitPolicy);
        app.MapGet(ReviewRoutes.SharedWithMe, SharedWithMeAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> CreateAsync(Guid id, CreateShareLinkRequest? request, HttpContext http, ReviewAccess access, AppDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(http, id, ReviewScope.Manage, cancellationToken);
        if (check.Actor is not { } actor)
        {
            return check.ToResult();
        }
        if (request is null || request.Scope is not (ReviewScope.View or ReviewScope.Comment or ReviewScope.Edit))
        {
            return Problem(StatusCodes.Status400BadRequest, "Choose the link's scope: View, Comment or Edit.");
        }
        if (request.ExpiresInHours is { } hours && (!double.IsFinite(hours) || hours <= 0 || hours > MaxExpiryHours))
        {
            return Problem(StatusCodes.Status400BadRequest, $"Expiry must be between 0 and {MaxExpiryHours:0} hours (or none).");
        }
        if (request.Label is { Length: > 200 })
        {
            return Problem(StatusCodes.Status400BadRequest, "The label holds at most 200 characters.");
        }
        var token = ShareTokens.New();
        var now = time.GetUtcNow().UtcDateTime;
        var link = new ShareLink
        {
            Id = Guid.NewGuid(),
            ClipId = id,
            TokenHash = ShareTokens.Hash(token),
            Scope = request.Scope,
            Label = string.IsNullOrWhiteSpace(request.Label) ? null : request.Label.Trim(),
            CreatedBy = actor.UserId!,
            CreatedAt = now,
            ExpiresAt = request.ExpiresInHours is { } h ? now.AddHours(h) : null,
        };
        if (!string.IsNullOrEmpty(request.Password))
        {
            link.PasswordHash = new PasswordHasher<ShareLink>().HashPassword(link, request.Password);
        }
        db.ShareLinks.Add(link);
        ReviewAudit.Add(db, id, actor, AuditKinds.ShareCreated, $"{Scope(link.Scope)} link {link.Id:N}" + (link.ExpiresAt is { } e ? $", expires {e:u}" : string.Empty) + (link.PasswordHash is null ? string.Empty : ", with password"));
        await db.SaveChangesAsync(cancellationToken);
        var url = new Uri(new Uri($"{http.Request.Scheme}://{http.Request.Host}"), ReviewRoutes.Page(token)).ToString();
        return Results.Created(ReviewRoutes.Share(id, link.Id), new CreatedShareLink(View(link, now), token, url));
    }

    private static async Task<IResult> ListAsync(Guid id, HttpContext http, ReviewAccess access, AppDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(http, id, ReviewScope.Manage, cancellationToken);
        if (check.Actor is null)
        {
            return check.ToResult();
        }
        var now = time.GetUtcNow().UtcDateTime;
        var links = await db.ShareLinks.AsNoTracking().Where(l => l.ClipId == id).ToListAsync(cancellationToken);
        return Results.Ok(links.OrderByDescending(l => l.CreatedAt).Select(l => View(l, now)).ToArray());
    }

    private static async Task<IResult> RevokeAsync(Guid id, Guid linkId, HttpContext http, ReviewAccess access, AppDbContext db, ReviewBroadcast broadcast, TimeProvider time, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(http, id, ReviewScope.Manage, cancellationToken);
        if (check.Actor is not { } actor)
        {
            return check.ToResult();
        }
        var link = await db.ShareLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.ClipId == id, cancellationToken);
        if (link is null)
        {
            return Results.NotFound();
        }
        var now = time.GetUtcNow().UtcDateTime;
        if (link.RevokedAt is null)
        {
            link.RevokedAt = now;
            ReviewAudit.Add(db, id, actor, AuditKinds.ShareRevoked, $"{Scope(link.Scope)} link {link.Id:N}");
            await db.SaveChangesAsync(cancellationToken);
        }
        await broadcast.DropLinkAsync(id, link.Id, "The owner revoked this share link.");
        return Results.Ok(View(link, now));
    }

    private static async Task<IResult> MeAsync(Guid id, HttpContext http, ReviewAccess access, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(http, id, ReviewScope.View, cancellationToken);
        return check.Actor is { } actor ? Results.Ok(actor.Identity) : check.ToResult();
    }

    private static async Task<IResult> RedeemAsync(
        RedeemShareLinkRequest? request, HttpContext http, AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request is null || !ShareTokens.LooksValid(request.Token))
        {
            return Problem(StatusCodes.Status404NotFound, "This share link does not exist.");
        }
        var hash = ShareTokens.Hash(request.Token);
        var link = await db.ShareLinks.FirstOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link is null)
        {
            return Problem(StatusCodes.Status404NotFound, "This share link does not exist.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        if (link.RevokedAt is not null)
        {
            return Problem(StatusCodes.Status410Gone, "This share link was revoked by its owner.");
        }
        if (!link.IsActive(now))
        {
            return Problem(StatusCodes.Status410Gone, "This share link has expired.");
        }
        if (link.PasswordHash is not null)
        {
            if (string.IsNullOrEmpty(request.Password))
            {
                return Problem(StatusCodes.Status401Unauthorized, "This share link needs a password.");
            }
            if (new PasswordHasher<ShareLink>().VerifyHashedPassword(link, link.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
            {
                return Problem(StatusCodes.Status403Forbidden, "Wrong password for this share link.");
            }
        }
        var clip = await db.Clips.AsNoTracking().FirstAsync(c => c.Id == link.ClipId, cancellationToken);
        link.LastUsedAt = now;
        link.UseCount++;
        ReviewIdentity identity;
        if (http.User.Identity?.IsAuthenticated == true && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var name = http.User.Identity.Name ?? userId;
            var owns = clip.OwnerId == userId || http.User.IsAdmin();
            if (!owns && !await db.ReviewGrants.AnyAsync(g => g.UserId == userId && g.ShareLinkId == link.Id, cancellationToken))
            {
                db.ReviewGrants.Add(new ReviewGrant { Id = Guid.NewGuid(), ClipId = clip.Id, UserId = userId, ShareLinkId = link.Id, Scope = link.Scope, CreatedAt = now });
            }
            ReviewAudit.Add(db, clip.Id, http.User, AuditKinds.ShareOpened, $"{Scope(link.Scope)} link {link.Id:N} opened by an account");
            await db.SaveChangesAsync(cancellationToken);
            if (!owns && await users.FindByIdAsync(userId) is { } account && !await users.IsInRoleAsync(account, Roles.Reviewer))
            {
                await users.AddToRoleAsync(account, Roles.Reviewer);
                await signIn.RefreshSignInAsync(account);
            }
            identity = new ReviewIdentity(clip.Id, clip.Title, ReviewActor.UserKey(userId), name, owns ? ReviewScope.Manage : link.Scope, false);
        }
        else
        {
            var name = ReviewText.CleanName(request.DisplayName);
            if (name is null)
            {
                return Problem(StatusCodes.Status400BadRequest, $"Enter a display name (1 to {ReviewText.MaxDisplayName} characters).");
            }
            var ticket = new GuestTicket(Guid.NewGuid(), name, link.Id, clip.Id);
            ReviewAudit.Add(db, clip.Id, ReviewActor.GuestKey(ticket.GuestId), name, AuditKinds.ShareOpened, $"{Scope(link.Scope)} link {link.Id:N} opened by guest {name}");
            await db.SaveChangesAsync(cancellationToken);
            var expires = link.ExpiresAt is { } e && e - now < GuestSession ? e : now + GuestSession;
            await http.SignInAsync(ReviewGuest.Scheme, ReviewGuest.Principal(ticket), new AuthenticationProperties { IsPersistent = true, ExpiresUtc = expires });
            identity = new ReviewIdentity(clip.Id, clip.Title, ReviewActor.GuestKey(ticket.GuestId), name, link.Scope, true);
        }
        return Results.Ok(identity);
    }

    private static async Task<IResult> SharedWithMeAsync(ClaimsPrincipal user, AppDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await (from g in db.ReviewGrants.AsNoTracking()
                          join l in db.ShareLinks.AsNoTracking() on g.ShareLinkId equals l.Id
                          join c in db.Clips.AsNoTracking() on g.ClipId equals c.Id
                          join u in db.Users.AsNoTracking() on c.OwnerId equals u.Id
                          where g.UserId == userId && l.RevokedAt == null && (l.ExpiresAt == null || l.ExpiresAt > now)
                          select new { c.Id, c.Title, l.Scope, Owner = u.Email ?? u.UserName ?? u.Id, g.CreatedAt }).ToListAsync(cancellationToken);
        var shared = rows.GroupBy(r => r.Id)
            .Select(g => g.OrderByDescending(r => r.Scope).First())
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new SharedClip(r.Id, r.Title, r.Scope, r.Owner, r.CreatedAt))
            .ToArray();
        return Results.Ok(shared);
    }

    internal static ShareLinkView View(ShareLink l, DateTime now) =>
        new(l.Id, l.ClipId, l.Scope, l.Label, l.CreatedAt, l.ExpiresAt, l.PasswordHash is not null, l.RevokedAt, l.LastUsedAt, l.UseCount, l.IsActive(now));

    internal static IResult Problem(int status, string message) => Results.Problem(message, statusCode: status);

    private static string Scope(ReviewScope scope) => ReviewAccess.Describe(scope);
}
