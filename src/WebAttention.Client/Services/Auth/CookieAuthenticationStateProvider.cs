using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Logging;
using WebAttention.Client.Services.Api;
using WebAttention.Core;

namespace WebAttention.Client.Services.Auth;

/// <summary>
/// Authentication state from the server's cookie: asks <see cref="ApiRoutes.Me"/> once and again after
/// <see cref="Refresh"/> (sign-in, sign-out).
/// </summary>
public sealed class CookieAuthenticationStateProvider(IAuthApi auth, ILogger<CookieAuthenticationStateProvider> logger)
    : AuthenticationStateProvider
{
    /// <summary>Authentication type of signed-in principals.</summary>
    public const string AuthenticationType = "WebAttentionCookie";

    private static readonly AuthenticationState Anonymous = new(new ClaimsPrincipal(new ClaimsIdentity()));
    private Task<AuthenticationState>? current;

    /// <inheritdoc />
    public override Task<AuthenticationState> GetAuthenticationStateAsync() => current ??= LoadAsync();

    /// <summary>Forgets the cached state and asks the server again.</summary>
    public void Refresh()
    {
        current = LoadAsync();
        NotifyAuthenticationStateChanged(current);
    }

    /// <summary>The principal for <paramref name="user"/>: id, name, email and role claims.</summary>
    public static ClaimsPrincipal ToPrincipal(UserInfo user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.Email),
            new(ClaimTypes.Email, user.Email),
        };
        claims.AddRange(user.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType));
    }

    private async Task<AuthenticationState> LoadAsync()
    {
        try
        {
            var user = await auth.GetCurrentUserAsync(CancellationToken.None);
            return user is null ? Anonymous : new AuthenticationState(ToPrincipal(user));
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "Could not ask the server who is signed in.");
            return Anonymous;
        }
    }
}
