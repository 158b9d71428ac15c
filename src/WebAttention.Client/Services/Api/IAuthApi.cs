using WebAttention.Core;

namespace WebAttention.Client.Services.Api;

/// <summary>Outcome of a sign-in or registration.</summary>
/// <param name="Succeeded">True when the server accepted it.</param>
/// <param name="Error">What went wrong, in words for the user.</param>
public sealed record AuthResult(bool Succeeded, string? Error)
{
    /// <summary>A success.</summary>
    public static AuthResult Ok { get; } = new(true, null);

    /// <summary>A failure with <paramref name="error"/>.</summary>
    public static AuthResult Fail(string error) => new(false, error);
}

/// <summary>The cookie-auth endpoints of the server.</summary>
public interface IAuthApi
{
    /// <summary>The signed-in user, or null when not signed in.</summary>
    Task<UserInfo?> GetCurrentUserAsync(CancellationToken cancellationToken);

    /// <summary>Signs in; the server sets the cookie.</summary>
    Task<AuthResult> LoginAsync(Credentials credentials, CancellationToken cancellationToken);

    /// <summary>Creates an account.</summary>
    Task<AuthResult> RegisterAsync(Credentials credentials, CancellationToken cancellationToken);

    /// <summary>Signs out.</summary>
    Task LogoutAsync(CancellationToken cancellationToken);
}
