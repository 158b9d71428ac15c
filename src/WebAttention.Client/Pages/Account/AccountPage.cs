using Microsoft.AspNetCore.Components;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Auth;
using WebAttention.Core;

namespace WebAttention.Client.Pages.Account;

/// <summary>What sign-in and registration share: the busy/error state, the submit round trip and the way back.</summary>
public abstract class AccountPage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource lifetime = new();

    /// <summary>Message of the last failed attempt, shown in the form.</summary>
    protected string? Error { get; private set; }

    /// <summary>True while a request is in flight.</summary>
    protected bool Busy { get; private set; }

    /// <summary>Local address to go to after success.</summary>
    [SupplyParameterFromQuery]
    public string? ReturnUrl { get; set; }

    [Inject]
    private protected IAccountService Account { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <inheritdoc />
    public void Dispose()
    {
        lifetime.Cancel();
        lifetime.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <paramref name="action"/>; on success goes to <see cref="ReturnUrl"/> (or home), else shows the error.</summary>
    protected async Task SubmitAsync(Func<CancellationToken, Task<AuthResult>> action, string fallbackError)
    {
        ArgumentNullException.ThrowIfNull(action);
        Busy = true;
        Error = null;
        try
        {
            var result = await action(lifetime.Token);
            if (result.Succeeded)
            {
                Navigation.NavigateTo(LocalUrl.OrHome(ReturnUrl));
                return;
            }
            Error = result.Error ?? fallbackError;
        }
        finally
        {
            Busy = false;
        }
    }
}
