using WebAttention.Core;

namespace WebAttention.Client.Pages.Account;

/// <summary>Sign-in page; returns to <see cref="AccountPage.ReturnUrl"/> (or the library) on success.</summary>
public sealed partial class Login
{
    private string RegisterHref => string.IsNullOrEmpty(ReturnUrl) ? "/register" : $"/register?returnUrl={Uri.EscapeDataString(ReturnUrl)}";

    private Task LoginAsync(Credentials credentials) =>
        SubmitAsync(ct => Account.LoginAsync(credentials, ct), "Sign-in failed.");
}
