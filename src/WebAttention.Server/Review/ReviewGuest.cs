using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace WebAttention.Server.Review;

/// <summary>A guest's identity from a redeemed share link: one clip, one link, a display name.</summary>
public sealed record GuestTicket(Guid GuestId, string Name, Guid LinkId, Guid ClipId);

/// <summary>
/// The guest cookie: a separate authentication scheme (Data Protection encrypts and signs it) that never
/// counts as an account. It names the link, so the link's state is checked on every call.
/// </summary>
public static class ReviewGuest
{
    public const string Scheme = "ReviewGuest";
    public const string CookieName = "webattention-review";
    /// <summary>HttpContext item holding the ticket of a hub request, read before the connection starts.</summary>
    public const string ItemKey = "review:guest";
    private const string LinkClaim = "review:link";
    private const string ClipClaim = "review:clip";

    public static ClaimsPrincipal Principal(GuestTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, ticket.GuestId.ToString("N")),
            new Claim(ClaimTypes.Name, ticket.Name),
            new Claim(LinkClaim, ticket.LinkId.ToString("N")),
            new Claim(ClipClaim, ticket.ClipId.ToString("N")),
        ], Scheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The ticket in a guest principal, or null.</summary>
    public static GuestTicket? Read(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true, AuthenticationType: Scheme })
        {
            return null;
        }
        return Guid.TryParseExact(principal.FindFirstValue(ClaimTypes.NameIdentifier), "N", out var guest)
            && Guid.TryParseExact(principal.FindFirstValue(LinkClaim), "N", out var link)
            && Guid.TryParseExact(principal.FindFirstValue(ClipClaim), "N", out var clip)
            && principal.FindFirstValue(ClaimTypes.Name) is { Length: > 0 } name
            ? new GuestTicket(guest, name, link, clip)
            : null;
    }

    /// <summary>The guest ticket of a request (its cookie), or null.</summary>
    public static async Task<GuestTicket?> ReadAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var result = await http.AuthenticateAsync(Scheme);
        return result.Succeeded ? Read(result.Principal) : null;
    }

    internal static string Describe(GuestTicket ticket) => string.Create(CultureInfo.InvariantCulture, $"guest {ticket.Name} via link {ticket.LinkId:N}");
}
