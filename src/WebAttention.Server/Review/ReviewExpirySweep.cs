using Microsoft.EntityFrameworkCore;
using WebAttention.Data;

namespace WebAttention.Server.Review;

/// <summary>
/// Drops the room connections of share links that expired (or were revoked elsewhere, e.g. by another server) while
/// their members sit in a room without calling the hub: every <c>Review:ExpirySweepSeconds</c> (default 1) it checks
/// the links of the connected members against the clock (<see cref="TimeProvider"/>) and drops the dead ones.
/// </summary>
public sealed class ReviewExpirySweep(IServiceScopeFactory scopes, ReviewRooms rooms, ReviewBroadcast broadcast, TimeProvider time,
    IConfiguration configuration, ILogger<ReviewExpirySweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("Review:ExpirySweepSeconds", 1.0);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(seconds, 0.05, 3600)), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception e) when (e is DbUpdateException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Review expiry sweep failed; it runs again at the next tick");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Drops every connection whose link is no longer active; returns how many links were dropped.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var linkIds = rooms.LinkIds();
        if (linkIds.Count == 0)
        {
            return 0;
        }
        var now = time.GetUtcNow().UtcDateTime;
        List<(Guid Id, Guid ClipId, bool Revoked)> dead;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var links = await db.ShareLinks.AsNoTracking().Where(l => linkIds.Contains(l.Id)).ToListAsync(cancellationToken);
            dead = [.. links.Where(l => !l.IsActive(now)).Select(l => (l.Id, l.ClipId, l.RevokedAt is not null))];
        }
        foreach (var (id, clipId, revoked) in dead)
        {
            await broadcast.DropLinkAsync(clipId, id, revoked ? "The owner revoked this share link." : "This share link has expired.");
        }
        return dead.Count;
    }
}
