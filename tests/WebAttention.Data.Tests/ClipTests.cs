using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Clips;

namespace WebAttention.Data.Tests;

/// <summary>Clips: what the library page, analysis and deletion read and write.</summary>
public sealed class ClipTests
{
    [Fact]
    public async Task A_clip_round_trips_every_column()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var created = new DateTime(2026, 11, 25, 15, 8, 27, 123, DateTimeKind.Utc).AddTicks(4567);
        var clip = Entities.Clip(createdAt: created);
        clip.Title = "Straße am Meer — 4K.mov";
        clip.Status = ClipStatus.Failed;
        clip.SizeBytes = 5_000_000_000L; // beyond int: a long column
        clip.DurationSeconds = 12.345678;
        clip.Width = 3840;
        clip.Height = 2160;
        clip.FrameRate = 30000.0 / 1001.0;
        clip.FrameCount = 370;
        clip.Codec = "hevc";
        clip.HasAudio = true;
        clip.Error = "ffprobe: moov atom not found";
        await using (var context = database.CreateContext())
        {
            context.Clips.Add(clip);
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var read = await reader.Clips.SingleAsync(c => c.Id == clip.Id);

        Assert.Equal(clip.OwnerId, read.OwnerId);
        Assert.Equal(clip.Title, read.Title);
        Assert.Equal(ClipStatus.Failed, read.Status);
        Assert.Equal(5_000_000_000L, read.SizeBytes);
        Assert.Equal(clip.Sha256, read.Sha256);
        Assert.Equal(12.345678, read.DurationSeconds);
        Assert.Equal((3840, 2160), (read.Width, read.Height));
        Assert.Equal(30000.0 / 1001.0, read.FrameRate);
        Assert.Equal(370L, read.FrameCount);
        Assert.Equal("hevc", read.Codec);
        Assert.True(read.HasAudio);
        Assert.Equal(clip.Error, read.Error);
        // The instant survives to the tick; SQLite gives the kind back as Unspecified, which is why the
        // server wraps it with DateTime.SpecifyKind(…, Utc) before sending it.
        Assert.Equal(created.Ticks, read.CreatedAt.Ticks);
        Assert.Equal(DateTimeKind.Unspecified, read.CreatedAt.Kind);
    }

    [Theory]
    [InlineData(ClipStatus.Queued, 0L)]
    [InlineData(ClipStatus.Analysing, 1L)]
    [InlineData(ClipStatus.Ready, 2L)]
    [InlineData(ClipStatus.Failed, 3L)]
    public async Task Status_is_stored_as_its_number_so_existing_rows_keep_their_meaning(ClipStatus status, long stored)
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = Entities.Clip();
        clip.Status = status;
        await using (var context = database.CreateContext())
        {
            context.Clips.Add(clip);
            await context.SaveChangesAsync();
        }

        Assert.Equal(stored, await database.ScalarAsync("SELECT Status FROM Clips"));
    }

    [Fact]
    public async Task A_clip_without_a_title_is_refused_by_the_database()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = Entities.Clip();
        clip.Title = null!;
        await using var context = database.CreateContext();
        context.Clips.Add(clip);

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task The_library_query_returns_only_the_owners_clips_newest_first()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var old = Entities.Clip("alice", start);
        var newest = Entities.Clip("alice", start.AddDays(2));
        var middle = Entities.Clip("alice", start.AddDays(1));
        var others = Entities.Clip("bob", start.AddDays(3));
        await using (var context = database.CreateContext())
        {
            context.Clips.AddRange(old, newest, others, middle);
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var ids = await reader.Clips.AsNoTracking().Where(c => c.OwnerId == "alice")
            .OrderByDescending(c => c.CreatedAt).Select(c => c.Id).ToListAsync();

        Assert.Equal([newest.Id, middle.Id, old.Id], ids);
    }

    [Fact]
    public async Task Deleting_a_clip_in_the_database_removes_its_crop_paths_but_keeps_its_jobs()
    {
        // ClipsApi.DeleteAsync cancels the clip's jobs, then ExecuteDelete()s the row: no change tracker,
        // so the crop paths must go by the database's own cascade, and job history has no foreign key.
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = Entities.Clip();
        var kept = Entities.Clip();
        await using (var context = database.CreateContext())
        {
            context.Clips.AddRange(clip, kept);
            context.Jobs.Add(Entities.Job(clip.Id));
            context.CropPaths.AddRange(Entities.CropPath(clip.Id, "9:16", 1), Entities.CropPath(clip.Id, "1:1", 1), Entities.CropPath(kept.Id, "9:16", 1));
            context.Uploads.Add(Entities.Upload());
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            Assert.Equal(1, await context.Clips.Where(c => c.Id == clip.Id).ExecuteDeleteAsync());
        }

        await using var reader = database.CreateContext();
        Assert.Equal(0, await reader.CropPaths.CountAsync(p => p.ClipId == clip.Id));
        Assert.Equal(1, await reader.CropPaths.CountAsync(p => p.ClipId == kept.Id));
        Assert.Equal(1, await reader.Jobs.CountAsync(j => j.ClipId == clip.Id));
        Assert.Equal(1, await reader.Uploads.CountAsync());
    }
}
