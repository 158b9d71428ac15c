using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Server.Auth;

namespace WebAttention.Server.Clips;

/// <summary>The one place that decides whether a user may see a clip: its owner, or an Admin.</summary>
public sealed class ClipAccess(AppDbContext db)
{
    /// <summary>The clip, or null when it does not exist or the user may not see it (no difference is shown).</summary>
    public async Task<Clip?> FindAsync(ClaimsPrincipal user, Guid clipId, CancellationToken cancellationToken)
    {
        var clip = await db.Clips.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clipId, cancellationToken);
        if (clip is null)
        {
            return null;
        }
        return clip.OwnerId == user.RequireUserId() || user.IsAdmin() ? clip : null;
    }
}
