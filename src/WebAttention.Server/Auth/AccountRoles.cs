using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WebAttention.Core;
using WebAttention.Data.Entities;

namespace WebAttention.Server.Auth;

/// <summary>Settings for the first Admin (section "Accounts").</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>E-mail that becomes Admin when it registers. Empty: the first account to register becomes Admin.</summary>
    public string? AdminEmail { get; set; }
}

/// <summary>Decides the roles of a new account.</summary>
public sealed class AccountRoles(UserManager<AppUser> users, IOptions<AccountOptions> options)
{
    private static readonly SemaphoreSlim FirstUserGate = new(1, 1);

    /// <summary>Creator for everyone; Admin too for the configured admin e-mail, or for the first account when none is configured.</summary>
    public async Task<IReadOnlyList<string>> GrantInitialRolesAsync(AppUser user)
    {
        await FirstUserGate.WaitAsync();
        try
        {
            var adminEmail = options.Value.AdminEmail;
            var makeAdmin = string.IsNullOrWhiteSpace(adminEmail)
                ? (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 0
                : string.Equals(adminEmail, user.Email, StringComparison.OrdinalIgnoreCase);
            string[] granted = makeAdmin ? [Roles.Creator, Roles.Admin] : [Roles.Creator];
            var result = await users.AddToRolesAsync(user, granted);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
            return granted;
        }
        finally
        {
            FirstUserGate.Release();
        }
    }
}
