using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Jobs;
using WebAttention.Data.Entities;

namespace WebAttention.Data.Tests;

/// <summary>The durable job table: what JobQueue writes and JobWorker claims, renews and finishes.</summary>
public sealed class JobTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_job_round_trips_its_arguments_lease_and_progress()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var job = Entities.Job(Guid.NewGuid(), JobState.Running, Start);
        job.Kind = "export";
        job.Queue = "export";
        job.Attempts = 2;
        job.MaxAttempts = 5;
        job.LeaseOwner = "host-1/worker-7";
        job.LeaseExpiresAt = Start.AddSeconds(30.25);
        job.StartedAt = Start.AddSeconds(1);
        job.Stage = "render";
        job.FramesDone = 120;
        job.FramesTotal = 9_000_000_000L;
        job.FramesPerSecond = 87.5;
        job.Device = "CUDA 0";
        job.StageTimings = """{"decode":1.25,"infer":3.5}""";
        job.Aspect = "9:16";
        job.Payload = """{"preset":"slower","width":1080,"height":1920}""";
        await using (var context = database.CreateContext())
        {
            context.Jobs.Add(job);
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var read = await reader.Jobs.SingleAsync(j => j.Id == job.Id);

        Assert.Equal(("export", "export", job.ClipId, JobState.Running), (read.Kind, read.Queue, read.ClipId, read.State));
        Assert.Equal((2, 5), (read.Attempts, read.MaxAttempts));
        Assert.Equal("host-1/worker-7", read.LeaseOwner);
        Assert.Equal(Start.AddSeconds(30.25).Ticks, read.LeaseExpiresAt?.Ticks);
        Assert.Equal(Start.AddSeconds(1).Ticks, read.StartedAt?.Ticks);
        Assert.Null(read.FinishedAt);
        Assert.Equal(("render", 120L, 9_000_000_000L, 87.5), (read.Stage, read.FramesDone, read.FramesTotal, read.FramesPerSecond));
        Assert.Equal("CUDA 0", read.Device);
        Assert.Equal(job.StageTimings, read.StageTimings);
        Assert.Equal("9:16", read.Aspect);
        Assert.Equal(job.Payload, read.Payload);
    }

    [Fact]
    public async Task A_new_job_gets_the_entity_defaults()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var id = Guid.NewGuid();
        await using (var context = database.CreateContext())
        {
            context.Jobs.Add(new Job { Id = id, Kind = "analyse", ClipId = Guid.NewGuid() });
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var read = await reader.Jobs.SingleAsync(j => j.Id == id);

        Assert.Equal(("default", JobState.Queued, 0, 3), (read.Queue, read.State, read.Attempts, read.MaxAttempts));
        Assert.Null(read.Payload);
        Assert.Null(read.Aspect);
    }

    [Theory]
    [InlineData(JobState.Queued, 0L)]
    [InlineData(JobState.Running, 1L)]
    [InlineData(JobState.Succeeded, 2L)]
    [InlineData(JobState.Failed, 3L)]
    [InlineData(JobState.Cancelled, 4L)]
    public async Task State_is_stored_as_its_number_so_queued_rows_survive_an_upgrade(JobState state, long stored)
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        await using (var context = database.CreateContext())
        {
            context.Jobs.Add(Entities.Job(Guid.NewGuid(), state));
            await context.SaveChangesAsync();
        }

        Assert.Equal(stored, await database.ScalarAsync("SELECT State FROM Jobs"));
    }

    [Fact]
    public async Task The_claim_query_finds_queued_and_lease_expired_jobs_oldest_first()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var now = Start.AddMinutes(10);
        var clip = Guid.NewGuid();
        // Sub-second creation times check that the text column still sorts by instant.
        var queuedLater = Entities.Job(clip, JobState.Queued, Start.AddSeconds(1));
        var queuedFirst = Entities.Job(clip, JobState.Queued, Start.AddMilliseconds(500));
        var orphaned = Entities.Job(clip, JobState.Running, Start.AddMilliseconds(750));
        orphaned.LeaseExpiresAt = now.AddSeconds(-1);
        var leased = Entities.Job(clip, JobState.Running, Start);
        leased.LeaseExpiresAt = now.AddSeconds(30);
        var done = Entities.Job(clip, JobState.Succeeded, Start.AddMilliseconds(-1));
        var cancelled = Entities.Job(clip, JobState.Cancelled, Start.AddMilliseconds(-2));
        await using (var context = database.CreateContext())
        {
            context.Jobs.AddRange(queuedLater, leased, done, orphaned, cancelled, queuedFirst);
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var candidates = await reader.Jobs.AsNoTracking()
            .Where(j => j.State == JobState.Queued || (j.State == JobState.Running && j.LeaseExpiresAt < now))
            .OrderBy(j => j.CreatedAt).Select(j => j.Id).ToListAsync();

        Assert.Equal([queuedFirst.Id, orphaned.Id, queuedLater.Id], candidates);
    }

    [Fact]
    public async Task Only_one_of_two_racing_claims_wins_a_job()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var job = Entities.Job(Guid.NewGuid());
        await using (var context = database.CreateContext())
        {
            context.Jobs.Add(job);
            await context.SaveChangesAsync();
        }

        var first = await ClaimAsync(database, job.Id, "worker-a");
        var second = await ClaimAsync(database, job.Id, "worker-b");

        Assert.Equal((1, 0), (first, second));
        await using var reader = database.CreateContext();
        var read = await reader.Jobs.SingleAsync();
        Assert.Equal((JobState.Running, "worker-a", 1), (read.State, read.LeaseOwner, read.Attempts));
    }

    [Fact]
    public async Task Jobs_are_found_by_clip_for_cancellation_on_delete()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = Guid.NewGuid();
        var other = Entities.Job(Guid.NewGuid());
        await using (var context = database.CreateContext())
        {
            context.Jobs.AddRange(Entities.Job(clip), Entities.Job(clip, JobState.Running), Entities.Job(clip, JobState.Succeeded), other);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var cancelled = await context.Jobs.Where(j => j.ClipId == clip && (j.State == JobState.Queued || j.State == JobState.Running))
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Cancelled));
            Assert.Equal(2, cancelled);
        }

        await using var reader = database.CreateContext();
        Assert.Equal(2, await reader.Jobs.CountAsync(j => j.ClipId == clip && j.State == JobState.Cancelled));
        Assert.Equal(JobState.Succeeded, (await reader.Jobs.SingleAsync(j => j.ClipId == clip && j.State != JobState.Cancelled)).State);
        Assert.Equal(JobState.Queued, (await reader.Jobs.SingleAsync(j => j.Id == other.Id)).State);
    }

    /// <summary>The worker's conditional update: only a queued (or lease-expired) row can be claimed.</summary>
    private static async Task<int> ClaimAsync(SqliteDatabase database, Guid id, string worker)
    {
        await using var context = database.CreateContext();
        var now = DateTime.UtcNow;
        return await context.Jobs
            .Where(j => j.Id == id && (j.State == JobState.Queued || (j.State == JobState.Running && j.LeaseExpiresAt < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, JobState.Running)
                .SetProperty(j => j.LeaseOwner, worker)
                .SetProperty(j => j.LeaseExpiresAt, now.AddSeconds(30))
                .SetProperty(j => j.Attempts, j => j.Attempts + 1));
    }
}
