using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using WebAttention.Data;
using WebAttention.Data.Entities;

namespace WebAttention.Server.Review;

/// <summary>
/// Writes the ReviewSessions table: a row when a connection joins a room, closed (left at, presenter seconds) when it
/// leaves, disconnects or is dropped. A failed write is logged and never breaks the room.
/// </summary>
public sealed class ReviewSessionLog(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReviewSessionLog> logger)
{
    private readonly ConcurrentDictionary<string, Guid> _open = new();

    /// <summary>Opens a stay for <paramref name="connectionId"/> as <paramref name="actor"/>.</summary>
    public async Task StartAsync(ReviewActor actor, string connectionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var row = new ReviewSession
        {
            Id = Guid.NewGuid(), ClipId = actor.ClipId, ActorKey = actor.Key, DisplayName = ReviewAudit.Fit(actor.Name, 80),
            UserId = actor.UserId, ShareLinkId = actor.LinkId, JoinedAt = time.GetUtcNow().UtcDateTime,
        };
        await SaveAsync(db => db.ReviewSessions.Add(row), cancellationToken);
        _open[connectionId] = row.Id;
    }

    /// <summary>Closes the connection's open stay, if any, with the seconds it presented.</summary>
    public async Task EndAsync(string connectionId, double presenterSeconds, CancellationToken cancellationToken)
    {
        if (!_open.TryRemove(connectionId, out var id))
        {
            return;
        }
        var left = time.GetUtcNow().UtcDateTime;
        await WriteAsync(async db => await db.ReviewSessions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeftAt, left).SetProperty(s => s.PresenterSeconds, presenterSeconds), cancellationToken), cancellationToken);
    }

    private Task SaveAsync(Action<AppDbContext> change, CancellationToken cancellationToken) =>
        WriteAsync(db =>
        {
            change(db);
            return db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    private async Task WriteAsync(Func<AppDbContext, Task> change, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await change(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not record a review session");
        }
    }
}
