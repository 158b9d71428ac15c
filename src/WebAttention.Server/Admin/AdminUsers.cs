using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WebAttention.Core;
using WebAttention.Core.Admin;
using WebAttention.Data;
using WebAttention.Data.Entities;

namespace WebAttention.Server.Admin;

/// <summary>Accounts for Admins: list with roles and clip counts, set roles, lock and unlock.</summary>
public sealed class AdminUsers(UserManager<AppUser> users, AppDbContext db)
{
    private static readonly string[] Known = [Roles.Creator, Roles.Reviewer, Roles.Admin];

    public async Task<IReadOnlyList<AdminUser>> ListAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var clips = await db.Clips.GroupBy(c => c.OwnerId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        return accounts.Select(u => new AdminUser(
            u.Id, u.Email ?? u.UserName ?? u.Id,
            roles.Where(r => r.UserId == u.Id && r.Name is not null).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            u.LockoutEnd is { } end && end > now,
            clips.GetValueOrDefault(u.Id))).ToList();
    }

    /// <summary>Sets the roles of <paramref name="id"/>; null when there is no such user, else an error or "".</summary>
    public async Task<string?> SetRolesAsync(string id, IReadOnlyList<string> wanted, string adminId)
    {
        var unknown = wanted.Except(Known).ToList();
        if (unknown.Count > 0)
        {
            return $"Unknown role(s): {string.Join(", ", unknown)}. Roles are {string.Join(", ", Known)}.";
        }
        if (id == adminId && !wanted.Contains(Roles.Admin))
        {
            return "You cannot take the Admin role from yourself; another Admin can.";
        }
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return null;
        }
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        await users.UpdateSecurityStampAsync(user);
        return "";
    }

    /// <summary>Locks (until unlocked) or unlocks <paramref name="id"/>; null when there is no such user, else an error or "".</summary>
    public async Task<string?> SetLockedAsync(string id, bool locked, string adminId)
    {
        if (locked && id == adminId)
        {
            return "You cannot lock yourself out.";
        }
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return null;
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        // A new stamp ends the account's existing cookie sessions at their next validation.
        await users.UpdateSecurityStampAsync(user);
        return "";
    }
}
