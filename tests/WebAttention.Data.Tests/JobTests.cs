using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Jobs;
using WebAttention.Data.Entities;

namespace WebAttention.Data.Tests;

/// <summary>The job table, the product's record of jobs that Hangfire executes: what JobScheduler and JobRecords write.</summary>
public sealed class JobTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_job_round_trips_its_arguments_engine_id_and_progress()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var job = Entities.Job(Guid.NewGuid(), JobState.Running, Start);
        job.Kind = "export";
        job.Queue = "export";
        job.Attempts = 2;
        job.MaxAttempts = 5;
        job.Worker = "host-1:4242";
        job.EngineJobId = "1234";
        job.ErrorDetail = "System.IO.IOException: gone\n   at Somewhere()";
        job.Log = "2026-03-01 12:00:00Z attempt 2 started on host-1:4242";
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
        Assert.Equal(("host-1:4242", "1234"), (read.Worker, read.EngineJobId));
        Assert.Equal((job.ErrorDetail, job.Log), (read.ErrorDetail, read.Log));
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
}
