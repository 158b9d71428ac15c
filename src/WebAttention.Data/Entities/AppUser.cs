using Microsoft.AspNetCore.Identity;

namespace WebAttention.Data.Entities;

/// <summary>An account. Roles (Creator, Reviewer, Admin) come from ASP.NET Core Identity.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>When the account was made (UTC).</summary>
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
