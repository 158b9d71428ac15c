using Microsoft.AspNetCore.Components;
using WebAttention.Client.Services.Auth;
using WebAttention.Core;

namespace WebAttention.Client.Pages.Account;

/// <summary>Sign-in page; returns to <see cref="ReturnUrl"/> (or the library) on success.</summary>
public sealed partial class Login : IDisposable
{
    private readonly CancellationTokenSource lifetime = new();
    private string? error;
    private bool busy;

    [Inject]
    private IAccountService Account { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Local address to go to after signing in.</summary>
    [SupplyParameterFromQuery]
    public string? ReturnUrl { get; set; }

    private string RegisterHref => string.IsNullOrEmpty(ReturnUrl) ? "/register" : $"/register?returnUrl={Uri.EscapeDataString(ReturnUrl)}";

    /// <inheritdoc />
    public void Dispose()
    {
        lifetime.Cancel();
        lifetime.Dispose();
    }

    private async Task LoginAsync(Credentials credentials)
    {
        busy = true;
        error = null;
        try
        {
            var result = await Account.LoginAsync(credentials, lifetime.Token);
            if (result.Succeeded)
            {
                Navigation.NavigateTo(LocalUrl.OrHome(ReturnUrl));
                return;
            }
            error = result.Error ?? "Sign-in failed.";
        }
        finally
        {
            busy = false;
        }
    }
}
