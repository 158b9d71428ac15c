using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core.Admin;
using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Server.Jobs;
using WebAttention.Server.Storage;
using WebAttention.Server.Tests.Jobs;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Admin;

/// <summary>The dashboard's REST API on the real server and engine: list, detail, actions, workers, storage, users.</summary>
public sealed class AdminJobsApiTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task The_job_list_filters_pages_and_the_detail_shows_timeline_error_and_log()
    {
        using var factory = new EngineFactory(new Dictionary<string, string?> { ["Jobs:RetryDelaysSeconds"] = "" });
        await using var admin = await TestUser.RegisterAsync(factory.BaseAddress, "boss@example.test");
        await using var creator = await TestUser.RegisterAsync(factory.BaseAddress, "maker@example.test");
        var clip = await AddClipAsync(factory, creator.Info.Id, "beach-day.mp4");
        var failed = await factory.QueueAsync(TestJobs.FailKind, JobKinds.CpuQueue);
        await factory.WaitAsync(failed, j => j.State == JobState.Failed);
        await SeedAsync(factory, clip, 30);

        var page = await Get<JobPage>(admin, $"{AdminRoutes.Jobs}?state=Queued&kind=reframe&owner=maker@example.test&pageSize=10&page=1");
        var searched = await Get<JobPage>(admin, $"{AdminRoutes.Jobs}?search=beach&pageSize=100");
        var failedOnly = await Get<JobPage>(admin, $"{AdminRoutes.Jobs}?state=Failed");
        var detail = await Get<JobDetail>(admin, AdminRoutes.Job(failed));

        Assert.Equal(15, page.Total); // every other seeded job is a queued reframe
        Assert.Equal(5, page.Rows.Count);
        Assert.All(page.Rows, r => Assert.Equal(("reframe", JobState.Queued, "beach-day.mp4", "maker@example.test"), (r.Kind, r.State, r.ClipTitle, r.OwnerEmail)));
        Assert.True(page.Rows.Zip(page.Rows.Skip(1)).All(p => p.First.CreatedAt >= p.Second.CreatedAt), "newest first");
        Assert.Equal(30, searched.Total);
        Assert.Equal(failed, Assert.Single(failedOnly.Rows).Id);
        Assert.Contains("System.IO.IOException", detail.ErrorDetail, StringComparison.Ordinal);
        Assert.Contains(detail.Log, l => l.Contains("giving up", StringComparison.Ordinal));
        Assert.Equal(Job.MaxErrorLength, detail.Job.Error!.Length);
    }

    [Fact]
    public async Task Bulk_cancel_stops_queued_jobs_and_retry_runs_a_failed_job_again()
    {
        using var factory = new EngineFactory(new Dictionary<string, string?> { ["Jobs:RetryDelaysSeconds"] = "", ["Jobs:Queues"] = "cpu" });
        await using var admin = await TestUser.RegisterAsync(factory.BaseAddress);
        // Queued on a queue no worker here takes: they stay queued until cancelled.
        var queued = new[] { await factory.QueueAsync(TestJobs.QuickKind, "gpu"), await factory.QueueAsync(TestJobs.QuickKind, "gpu") };
        var failed = await factory.QueueAsync(TestJobs.FailKind, JobKinds.CpuQueue);
        await factory.WaitAsync(failed, j => j.State == JobState.Failed);

        var cancel = await Post<JobBulkResult>(admin, AdminRoutes.JobsBulk, new JobBulkRequest(JobAction.Cancel, [.. queued, failed]));
        Assert.Equal(2, cancel.Applied);
        Assert.Contains(cancel.Skipped, s => s.StartsWith(failed.ToString(), StringComparison.Ordinal) && s.Contains("only queued or running", StringComparison.Ordinal));
        foreach (var id in queued)
        {
            var row = await factory.RowAsync(id);
            Assert.Equal(JobState.Cancelled, row.State);
            Assert.Equal("Deleted", factory.EngineState(row.EngineJobId!));
        }

        // Retrying a cancelled job queues it again on a fresh engine job.
        var retry = await Post<JobBulkResult>(admin, AdminRoutes.JobsBulk, new JobBulkRequest(JobAction.Retry, [queued[0]]));
        Assert.Equal(1, retry.Applied);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(JobState.Queued, (await db.Jobs.SingleAsync(j => j.Id == queued[0])).State);
        }
        var retriedFailed = await Post<JobBulkResult>(admin, AdminRoutes.JobsBulk, new JobBulkRequest(JobAction.Retry, [failed]));
        Assert.Equal(1, retriedFailed.Applied);
        var again = await factory.WaitAsync(failed, j => j.State == JobState.Failed && j.Log!.Contains("retried by", StringComparison.Ordinal) && j.Attempts == 1);
        Assert.Contains("attempt 1 failed; giving up", again.Log!.Split("retried by")[1], StringComparison.Ordinal);

        var deleted = await Post<JobBulkResult>(admin, AdminRoutes.JobsBulk, new JobBulkRequest(JobAction.Delete, [queued[1]]));
        Assert.Equal(1, deleted.Applied);
        await using var check = factory.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<AppDbContext>().Jobs.AnyAsync(j => j.Id == queued[1]));
    }

    [Fact]
    public async Task Workers_storage_and_users_are_reported_and_managed()
    {
        using var factory = new EngineFactory(new Dictionary<string, string?>());
        await using var admin = await TestUser.RegisterAsync(factory.BaseAddress);
        await using var creator = await TestUser.RegisterAsync(factory.BaseAddress);
        var clip = await AddClipAsync(factory, creator.Info.Id, "kept.mp4");
        var paths = factory.Services.GetRequiredService<MediaPaths>();
        Directory.CreateDirectory(paths.SaliencyFolder(clip));
        await File.WriteAllBytesAsync(paths.Source(clip), new byte[1000]);
        await File.WriteAllBytesAsync(Path.Combine(paths.SaliencyFolder(clip), "000000.bin"), new byte[300]);
        var orphan = paths.ClipFolder(Guid.NewGuid());
        Directory.CreateDirectory(orphan);
        await File.WriteAllBytesAsync(Path.Combine(orphan, "source"), new byte[700]);
        Directory.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddDays(-1));

        var workers = await WaitForWorkersAsync(admin);
        var storage = await Get<StorageReport>(admin, AdminRoutes.Storage);
        var cleanup = await Post<OrphanCleanup>(admin, AdminRoutes.StorageOrphans, new { });
        var lockCreator = await admin.Http.PutAsJsonAsync(AdminRoutes.UserLock(creator.Info.Id), new UserLockRequest(true));
        var lockSelf = await admin.Http.PutAsJsonAsync(AdminRoutes.UserLock(admin.Info.Id), new UserLockRequest(true));
        var roles = await admin.Http.PutAsJsonAsync(AdminRoutes.UserRoles(creator.Info.Id), new UserRolesRequest(["Creator", "Reviewer"]));
        var users = await Get<AdminUser[]>(admin, AdminRoutes.Users);
        using var relogin = new HttpClient { BaseAddress = factory.BaseAddress };
        var login = await relogin.PostAsJsonAsync(Core.ApiRoutes.Login, new Core.Credentials(creator.Info.Email, "correct-horse-9"));

        var worker = Assert.Single(workers);
        Assert.Equal(["gpu", "cpu", "export"], worker.Queues);
        Assert.Equal(Environment.MachineName.ToLowerInvariant(), worker.Host);
        Assert.Equal(("sources", 1000L), storage.Kinds.Where(k => k.Kind == "sources").Select(k => (k.Kind, k.Bytes)).Single());
        Assert.Equal(300L, storage.Kinds.Single(k => k.Kind == "maps").Bytes);
        Assert.Equal((1, 700L), (storage.OrphanFolders, storage.OrphanBytes));
        Assert.Equal((1, 1300L), storage.Users.Where(u => u.OwnerId == creator.Info.Id).Select(u => (u.Clips, u.Bytes)).Single());
        Assert.Equal((1, 700L), (cleanup.Folders, cleanup.Bytes));
        Assert.False(Directory.Exists(orphan));
        Assert.True(Directory.Exists(paths.ClipFolder(clip)));
        Assert.Equal(HttpStatusCode.NoContent, lockCreator.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, lockSelf.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, roles.StatusCode);
        var listed = users.Single(u => u.Id == creator.Info.Id);
        Assert.True(listed.Locked);
        Assert.Equal(["Creator", "Reviewer"], listed.Roles);
        Assert.Equal(1, listed.Clips);
        Assert.False(login.IsSuccessStatusCode, "a locked account cannot sign in");
    }

    private static async Task<WorkerInfo[]> WaitForWorkersAsync(TestUser admin)
    {
        WorkerInfo[] workers = [];
        for (var i = 0; i < 600; i++)
        {
            workers = await Get<WorkerInfo[]>(admin, AdminRoutes.Workers);
            if (workers.Length > 0 && workers[0].Device is not null)
            {
                return workers;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("No worker with a device was listed: " + JsonSerializer.Serialize(workers));
    }

    private static async Task<Guid> AddClipAsync(EngineFactory factory, string ownerId, string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clip = new Clip { Id = Guid.NewGuid(), OwnerId = ownerId, Title = title, Status = ClipStatus.Ready, Codec = "h264", Sha256 = new string('0', 64) };
        db.Clips.Add(clip);
        await db.SaveChangesAsync();
        return clip.Id;
    }

    /// <summary>Rows straight into the table (no engine job): alternately queued reframes and succeeded analyses.</summary>
    private static async Task SeedAsync(EngineFactory factory, Guid clip, int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var start = DateTime.UtcNow.AddHours(-1);
        for (var i = 0; i < count; i++)
        {
            db.Jobs.Add(new Job
            {
                Id = Guid.NewGuid(), ClipId = clip, Kind = i % 2 == 0 ? "reframe" : "analyse", Queue = "cpu",
                State = i % 2 == 0 ? JobState.Queued : JobState.Succeeded, CreatedAt = start.AddSeconds(i), EngineJobId = "seeded",
            });
        }
        await db.SaveChangesAsync();
    }

    private static async Task<T> Get<T>(TestUser user, string path)
    {
        using var response = await user.Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    private static async Task<T> Post<T>(TestUser user, string path, object body)
    {
        using var response = await user.Http.PostAsJsonAsync(path, body, Json);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }
}
