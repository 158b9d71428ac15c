using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Review;
using WebAttention.Data.Entities;

namespace WebAttention.Data.Tests;

/// <summary>Review tables (issue 12) on a real SQLite file: what the server relies on from the schema.</summary>
public sealed class ReviewTests
{
    private const int SqliteConstraint = 19;

    [Fact]
    public async Task A_share_link_round_trips_and_its_token_hash_is_unique()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = await AddAsync(database, Entities.Clip());
        var link = ShareLink(clip.Id, new string('b', 64));
        link.ExpiresAt = new DateTime(2027, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        link.PasswordHash = "AQAAAAIAAYagAAAAE...";
        await AddAsync(database, link);

        await using (var reader = database.CreateContext())
        {
            var read = await reader.ShareLinks.SingleAsync();
            Assert.Equal((link.TokenHash, ReviewScope.Comment, link.ExpiresAt, link.PasswordHash), (read.TokenHash, read.Scope, read.ExpiresAt, read.PasswordHash));
            Assert.Null(read.RevokedAt);
        }

        await using var context = database.CreateContext();
        context.ShareLinks.Add(ShareLink(clip.Id, link.TokenHash));
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        Assert.Equal(SqliteConstraint, Assert.IsType<SqliteException>(error.InnerException).SqliteErrorCode);
    }

    [Fact]
    public void A_link_is_active_until_revoked_or_expired()
    {
        var now = new DateTime(2026, 12, 4, 12, 0, 0, DateTimeKind.Utc);
        var link = ShareLink(Guid.NewGuid(), new string('c', 64));
        Assert.True(link.IsActive(now));
        link.ExpiresAt = now;
        Assert.False(link.IsActive(now));
        link.ExpiresAt = now.AddSeconds(1);
        Assert.True(link.IsActive(now));
        link.RevokedAt = now.AddDays(-1);
        Assert.False(link.IsActive(now));
    }

    [Fact]
    public async Task A_reply_keeps_its_thread_and_a_region_and_frame_range_round_trip()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = await AddAsync(database, Entities.Clip());
        var root = Comment(clip.Id);
        root.FirstFrame = 12;
        root.LastFrame = 30;
        (root.RegionX, root.RegionY, root.RegionWidth, root.RegionHeight) = (0.1, 0.2, 0.3, 0.4);
        root.Attention = 0.625;
        await AddAsync(database, root);
        var reply = Comment(clip.Id);
        reply.ParentId = root.Id;
        await AddAsync(database, reply);

        await using var reader = database.CreateContext();
        var read = await reader.ReviewComments.SingleAsync(c => c.Id == root.Id);
        Assert.Equal((12L, 30L, 0.1, 0.2, 0.3, 0.4, 0.625), (read.FirstFrame, read.LastFrame, read.RegionX!.Value, read.RegionY!.Value, read.RegionWidth!.Value, read.RegionHeight!.Value, read.Attention!.Value));
        Assert.Equal(root.Id, (await reader.ReviewComments.SingleAsync(c => c.Id == reply.Id)).ParentId);
    }

    [Fact]
    public async Task A_reply_to_a_comment_that_does_not_exist_is_refused()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = await AddAsync(database, Entities.Clip());
        var orphan = Comment(clip.Id);
        orphan.ParentId = Guid.NewGuid();

        await using var context = database.CreateContext();
        context.ReviewComments.Add(orphan);
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        Assert.Contains("FOREIGN KEY", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approval_points_at_a_saved_revision_and_audit_ids_count_up()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = await AddAsync(database, Entities.Clip());
        var revision = Entities.CropPath(clip.Id, "9:16", 2);
        await using (var context = database.CreateContext())
        {
            context.CropPaths.Add(revision);
            context.Approvals.Add(new Approval { Id = Guid.NewGuid(), ClipId = clip.Id, Aspect = "9:16", Revision = 2, CropPathId = revision.Id, Verdict = ApprovalVerdict.Approved, ActorKey = "g:1", ActorName = "Ann" });
            context.AuditEvents.Add(Audit(clip.Id, "approval.added"));
            context.AuditEvents.Add(Audit(clip.Id, "comment.added"));
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        Assert.Equal(ApprovalVerdict.Approved, (await reader.Approvals.SingleAsync()).Verdict);
        var ids = await reader.AuditEvents.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
        Assert.Equal(2, ids.Count);
        Assert.True(ids[1] > ids[0]);

        await using var bad = database.CreateContext();
        bad.Approvals.Add(new Approval { Id = Guid.NewGuid(), ClipId = clip.Id, Aspect = "9:16", Revision = 3, CropPathId = Guid.NewGuid(), Verdict = ApprovalVerdict.Approved, ActorKey = "g:1", ActorName = "Ann" });
        await Assert.ThrowsAsync<DbUpdateException>(() => bad.SaveChangesAsync());
    }

    [Fact]
    public async Task Deleting_a_clip_deletes_its_review_rows()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = await AddAsync(database, Entities.Clip());
        var link = ShareLink(clip.Id, new string('d', 64));
        await AddAsync(database, link);
        await AddAsync(database, Comment(clip.Id));
        await AddAsync(database, Audit(clip.Id, "share.created"));
        await AddAsync(database, Stay(clip.Id, link.Id));

        await using (var context = database.CreateContext())
        {
            context.Clips.Remove(await context.Clips.SingleAsync());
            await context.SaveChangesAsync();
        }

        foreach (var table in new[] { "ShareLinks", "ReviewComments", "AuditEvents", "ReviewSessions" })
        {
            Assert.Equal(0L, await database.ScalarAsync($"SELECT COUNT(*) FROM {table}"));
        }
    }

    [Fact]
    public async Task A_stay_in_a_room_round_trips_open_and_then_closed_with_presenter_time()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = await AddAsync(database, Entities.Clip());
        var link = await AddAsync(database, ShareLink(clip.Id, new string('e', 64)));
        var stay = await AddAsync(database, Stay(clip.Id, link.Id));

        await using (var writer = database.CreateContext())
        {
            var open = await writer.ReviewSessions.SingleAsync();
            Assert.Equal(("g:guest-1", "Ann", (string?)null, (Guid?)link.Id, stay.JoinedAt, (DateTime?)null), (open.ActorKey, open.DisplayName, open.UserId, open.ShareLinkId, open.JoinedAt, open.LeftAt));
            open.LeftAt = stay.JoinedAt.AddMinutes(3);
            open.PresenterSeconds = 42.5;
            await writer.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var closed = await reader.ReviewSessions.SingleAsync();
        Assert.Equal((stay.JoinedAt.AddMinutes(3), 42.5), (closed.LeftAt, closed.PresenterSeconds));
    }

    private static ReviewSession Stay(Guid clipId, Guid linkId) => new()
    {
        Id = Guid.NewGuid(), ClipId = clipId, ActorKey = "g:guest-1", DisplayName = "Ann", ShareLinkId = linkId,
        JoinedAt = new DateTime(2026, 12, 4, 17, 0, 0, DateTimeKind.Utc),
    };

    private static ShareLink ShareLink(Guid clipId, string hash) => new()
    {
        Id = Guid.NewGuid(), ClipId = clipId, TokenHash = hash, Scope = ReviewScope.Comment, CreatedBy = "owner-1",
    };

    private static ReviewComment Comment(Guid clipId) => new()
    {
        Id = Guid.NewGuid(), ClipId = clipId, Body = "Look **here**", AuthorKey = "g:guest-1", AuthorName = "Ann",
    };

    private static AuditEvent Audit(Guid clipId, string kind) => new()
    {
        ClipId = clipId, Actor = "u:owner-1", ActorName = "owner", Kind = kind, Detail = "-",
    };

    private static async Task<T> AddAsync<T>(SqliteDatabase database, T entity) where T : class
    {
        await using var context = database.CreateContext();
        context.Add(entity);
        await context.SaveChangesAsync();
        return entity;
    }
}
