using Microsoft.AspNetCore.Components;
using MudBlazor;
using WebAttention.Client.Services.Auth;

namespace WebAttention.Client.Layout;

/// <summary>The signed-in user's name and sign-out, or sign-in/register links.</summary>
public sealed partial class UserMenu
{
    [Inject]
    private IAccountService Account { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private async Task LogoutAsync()
    {
        try
        {
            await Account.LogoutAsync(CancellationToken.None);
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"Sign-out failed: {ex.Message}", Severity.Error);
        }
        Navigation.NavigateTo("/login");
    }
}
