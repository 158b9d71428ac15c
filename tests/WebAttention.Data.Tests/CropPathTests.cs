using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WebAttention.Data.Entities;

namespace WebAttention.Data.Tests;

/// <summary>Crop path revisions: what CropPathStore saves and which revision it reads back as the latest.</summary>
public sealed class CropPathTests
{
    private const int SqliteConstraint = 19;

    [Fact]
    public async Task A_revision_round_trips_every_column()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = await AddClipAsync(database);
        var record = Entities.CropPath(clip.Id, "9:16", 3, jobId: Guid.NewGuid());
        record.Preset = "slower";
        record.ManualKeyframes = 4;
        record.Padded = true;
        record.CreatedAt = new DateTime(2026, 11, 25, 16, 27, 2, DateTimeKind.Utc).AddTicks(1);
        await using (var context = database.CreateContext())
        {
            context.CropPaths.Add(record);
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var read = await reader.CropPaths.SingleAsync();

        Assert.Equal((record.Id, clip.Id, "9:16", 3), (read.Id, read.ClipId, read.Aspect, read.Revision));
        Assert.Equal(("slower", record.JsonFile, 4, true), (read.Preset, read.JsonFile, read.ManualKeyframes, read.Padded));
        Assert.Equal((record.CreatedBy, record.JobId), (read.CreatedBy, read.JobId));
        Assert.Equal(record.CreatedAt.Ticks, read.CreatedAt.Ticks);
    }

    [Fact]
    public async Task Saving_a_revision_number_that_exists_for_the_clip_and_aspect_is_refused()
    {
        // CropPathStore.TrySaveAsync relies on this to turn a stale concurrent edit into a refusal.
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = await AddClipAsync(database);
        await AddAsync(database, Entities.CropPath(clip.Id, "9:16", 2));

        await using var context = database.CreateContext();
        context.CropPaths.Add(Entities.CropPath(clip.Id, "9:16", 2));
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());

        Assert.Equal(SqliteConstraint, Assert.IsType<SqliteException>(error.InnerException).SqliteErrorCode);
        Assert.Contains("UNIQUE", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_revision_number_is_allowed_for_another_aspect_or_another_clip()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = await AddClipAsync(database);
        var other = await AddClipAsync(database);

        await AddAsync(database, Entities.CropPath(clip.Id, "9:16", 1));
        await AddAsync(database, Entities.CropPath(clip.Id, "1:1", 1));
        await AddAsync(database, Entities.CropPath(other.Id, "9:16", 1));

        await using var reader = database.CreateContext();
        Assert.Equal(3, await reader.CropPaths.CountAsync(p => p.Revision == 1));
    }

    [Fact]
    public async Task A_revision_for_a_clip_that_does_not_exist_is_refused()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        context.CropPaths.Add(Entities.CropPath(Guid.NewGuid(), "9:16", 1));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());

        Assert.Contains("FOREIGN KEY", error.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_latest_revision_is_the_highest_number_not_the_newest_row_or_text_order()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = await AddClipAsync(database);
        // Inserted out of order, and 10 sorts before 2 as text.
        foreach (var revision in new[] { 10, 1, 2 })
        {
            await AddAsync(database, Entities.CropPath(clip.Id, "9:16", revision));
        }
        await AddAsync(database, Entities.CropPath(clip.Id, "1:1", 11));

        await using var reader = database.CreateContext();
        var latest = await reader.CropPaths.AsNoTracking().Where(p => p.ClipId == clip.Id && p.Aspect == "9:16")
            .OrderByDescending(p => p.Revision).FirstOrDefaultAsync();

        Assert.Equal(10, latest?.Revision);
        Assert.Equal("9:16", latest?.Aspect);
    }

    [Fact]
    public async Task The_revision_a_reframe_job_saved_is_found_by_its_job_id()
    {
        // ReframeJobHandler skips a rerun when a revision already carries the job's id.
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = await AddClipAsync(database);
        var jobId = Guid.NewGuid();
        var otherJob = Guid.NewGuid();
        await AddAsync(database, Entities.CropPath(clip.Id, "9:16", 1, jobId));
        await AddAsync(database, Entities.CropPath(clip.Id, "9:16", 2));

        await using var reader = database.CreateContext();
        Assert.True(await reader.CropPaths.AnyAsync(p => p.JobId == jobId));
        Assert.False(await reader.CropPaths.AnyAsync(p => p.JobId == otherJob));
    }

    [Fact]
    public async Task Removing_a_tracked_clip_removes_its_revisions()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = await AddClipAsync(database);
        await AddAsync(database, Entities.CropPath(clip.Id, "9:16", 1));
        await AddAsync(database, Entities.CropPath(clip.Id, "9:16", 2));

        await using (var context = database.CreateContext())
        {
            context.Clips.Remove(await context.Clips.SingleAsync());
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        Assert.Equal(0, await reader.CropPaths.CountAsync());
    }

    private static async Task<Clip> AddClipAsync(SqliteDatabase database)
    {
        var clip = Entities.Clip();
        await using var context = database.CreateContext();
        context.Clips.Add(clip);
        await context.SaveChangesAsync();
        return clip;
    }

    private static async Task AddAsync(SqliteDatabase database, CropPathRecord record)
    {
        await using var context = database.CreateContext();
        context.CropPaths.Add(record);
        await context.SaveChangesAsync();
    }
}
