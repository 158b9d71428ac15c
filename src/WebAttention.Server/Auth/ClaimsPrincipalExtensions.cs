using System.Security.Claims;
using WebAttention.Core;

namespace WebAttention.Server.Auth;

internal static class ClaimsPrincipalExtensions
{
    /// <summary>The Identity user id, or throws when the principal is anonymous.</summary>
    public static string RequireUserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new UnauthorizedAccessException("Sign in first.");

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);
}
