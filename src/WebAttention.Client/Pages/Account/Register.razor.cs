using WebAttention.Core;

namespace WebAttention.Client.Pages.Account;

/// <summary>Registration page; signs the new user in and goes to the library.</summary>
public sealed partial class Register
{
    private Task RegisterAsync(Credentials credentials) =>
        SubmitAsync(ct => Account.RegisterAsync(credentials, ct), "Registration failed.");
}
