using Microsoft.AspNetCore.Components;

namespace WebAttention.Client.Layout;

/// <summary>Sends a signed-out visitor of a protected page to /login, remembering where they were going.</summary>
public sealed partial class RedirectToLogin
{
    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        var returnUrl = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
        Navigation.NavigateTo($"/login?returnUrl={Uri.EscapeDataString(returnUrl)}", replace: true);
    }
}
