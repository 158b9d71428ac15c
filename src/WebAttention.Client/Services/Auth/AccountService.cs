using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Hub;
using WebAttention.Core;

namespace WebAttention.Client.Services.Auth;

/// <summary>Sign-in, registration and sign-out, keeping the authentication state and hub connection in step.</summary>
public interface IAccountService
{
    /// <summary>Signs in.</summary>
    Task<AuthResult> LoginAsync(Credentials credentials, CancellationToken cancellationToken);

    /// <summary>Creates an account and signs in with it.</summary>
    Task<AuthResult> RegisterAsync(Credentials credentials, CancellationToken cancellationToken);

    /// <summary>Signs out.</summary>
    Task LogoutAsync(CancellationToken cancellationToken);
}

/// <summary>Default <see cref="IAccountService"/>.</summary>
public sealed class AccountService(IAuthApi auth, CookieAuthenticationStateProvider state, ClipHubConnection hub) : IAccountService
{
    /// <inheritdoc />
    public async Task<AuthResult> LoginAsync(Credentials credentials, CancellationToken cancellationToken)
    {
        var result = await auth.LoginAsync(credentials, cancellationToken);
        if (result.Succeeded)
        {
            await RestartAsync(cancellationToken);
        }
        return result;
    }

    /// <inheritdoc />
    public async Task<AuthResult> RegisterAsync(Credentials credentials, CancellationToken cancellationToken)
    {
        var registered = await auth.RegisterAsync(credentials, cancellationToken);
        // Whether or not registration signed in, signing in now gives the same end state.
        return registered.Succeeded ? await LoginAsync(credentials, cancellationToken) : registered;
    }

    /// <inheritdoc />
    public async Task LogoutAsync(CancellationToken cancellationToken)
    {
        try
        {
            await auth.LogoutAsync(cancellationToken);
        }
        finally
        {
            await RestartAsync(cancellationToken);
        }
    }

    private async Task RestartAsync(CancellationToken cancellationToken)
    {
        // The hub connection carries the old identity; the next use reconnects with the new cookie.
        await hub.StopAsync(cancellationToken);
        state.Refresh();
    }
}
