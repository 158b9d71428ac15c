using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Jobs;

namespace WebAttention.Data.Tests;

/// <summary>Unfinished uploads: what UploadStore counts, sweeps and turns into a clip.</summary>
public sealed class UploadTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task An_upload_round_trips_its_sizes_and_times()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var upload = Entities.Upload(updatedAt: Now.AddTicks(7));
        upload.Length = 6_000_000_000L;
        upload.ReceivedBytes = 4_294_967_296L;
        upload.CreatedAt = Now.AddMinutes(-5);
        await using (var context = database.CreateContext())
        {
            context.Uploads.Add(upload);
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var read = await reader.Uploads.SingleAsync();

        Assert.Equal((upload.Id, upload.OwnerId, upload.FileName), (read.Id, read.OwnerId, read.FileName));
        Assert.Equal((6_000_000_000L, 4_294_967_296L), (read.Length, read.ReceivedBytes));
        Assert.Equal((upload.CreatedAt.Ticks, upload.UpdatedAt.Ticks), (read.CreatedAt.Ticks, read.UpdatedAt.Ticks));
    }

    [Fact]
    public async Task Open_uploads_are_counted_per_owner()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        await using (var context = database.CreateContext())
        {
            context.Uploads.AddRange(Entities.Upload("alice"), Entities.Upload("alice"), Entities.Upload("bob"));
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        Assert.Equal(2, await reader.Uploads.CountAsync(u => u.OwnerId == "alice"));
        Assert.Equal(0, await reader.Uploads.CountAsync(u => u.OwnerId == "carol"));
    }

    [Fact]
    public async Task The_abandoned_sweep_finds_only_uploads_untouched_since_the_cutoff()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var cutoff = Now.AddHours(-24);
        var stale = Entities.Upload(updatedAt: cutoff.AddMilliseconds(-1));
        var fresh = Entities.Upload(updatedAt: cutoff.AddMilliseconds(1));
        var exactly = Entities.Upload(updatedAt: cutoff);
        await using (var context = database.CreateContext())
        {
            context.Uploads.AddRange(fresh, stale, exactly);
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var found = await reader.Uploads.Where(u => u.UpdatedAt < cutoff).Select(u => u.Id).ToListAsync();

        Assert.Equal([stale.Id], found);
    }

    [Fact]
    public async Task Finishing_an_upload_is_all_or_nothing()
    {
        // UploadStore adds the clip, removes the upload and queues analysis in one SaveChanges.
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var upload = Entities.Upload();
        await using (var context = database.CreateContext())
        {
            context.Uploads.Add(upload);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var clip = Entities.Clip();
            clip.Sha256 = null!; // the clip row fails, so nothing else may change
            context.Clips.Add(clip);
            context.Uploads.Remove(await context.Uploads.SingleAsync());
            context.Jobs.Add(Entities.Job(clip.Id));
            await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        }

        await using var reader = database.CreateContext();
        Assert.Equal(upload.Id, (await reader.Uploads.SingleAsync()).Id);
        Assert.Equal(0, await reader.Clips.CountAsync());
        Assert.Equal(0, await reader.Jobs.CountAsync(j => j.State == JobState.Queued));
    }
}
