using Microsoft.AspNetCore.Components;
using WebAttention.Client.Services.Auth;
using WebAttention.Core;

namespace WebAttention.Client.Pages.Account;

/// <summary>Registration page; signs the new user in and goes to the library.</summary>
public sealed partial class Register : IDisposable
{
    private readonly CancellationTokenSource lifetime = new();
    private string? error;
    private bool busy;

    [Inject]
    private IAccountService Account { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Local address to go to after registering.</summary>
    [SupplyParameterFromQuery]
    public string? ReturnUrl { get; set; }

    /// <inheritdoc />
    public void Dispose()
    {
        lifetime.Cancel();
        lifetime.Dispose();
    }

    private async Task RegisterAsync(Credentials credentials)
    {
        busy = true;
        error = null;
        try
        {
            var result = await Account.RegisterAsync(credentials, lifetime.Token);
            if (result.Succeeded)
            {
                Navigation.NavigateTo(LocalUrl.OrHome(ReturnUrl));
                return;
            }
            error = result.Error ?? "Registration failed.";
        }
        finally
        {
            busy = false;
        }
    }
}
