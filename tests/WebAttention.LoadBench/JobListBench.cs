using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Admin;
using WebAttention.Core.Jobs;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Data.Queries;

namespace WebAttention.LoadBench;

/// <summary>
/// The dashboard's job list query (<see cref="JobList.PageAsync"/>) on a real, migrated SQLite file seeded with
/// <c>jobs</c> rows over 50 clips of 10 users: p50 and p95 milliseconds per filter combination.
/// </summary>
public static class JobListBench
{
    public sealed record Result(string Filter, int Total, double P50Ms, double P95Ms);

    public static async Task<IReadOnlyList<Result>> RunAsync(string databaseFile, int jobs, int repeats, CancellationToken cancellationToken = default)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={databaseFile};Pooling=False").Options;
        await using (var db = new AppDbContext(options))
        {
            await db.Database.MigrateAsync(cancellationToken);
            await SeedAsync(db, jobs, cancellationToken);
        }
        var filters = new (string Name, JobListQuery Query)[]
        {
            ("all, page 1", new JobListQuery()),
            ("all, page 200", new JobListQuery { Page = Math.Max(0, jobs / 25 / 2) }),
            ("state=Failed", new JobListQuery { State = JobState.Failed }),
            ("kind=export + state=Queued", new JobListQuery { Kind = "export", State = JobState.Queued }),
            ("owner e-mail", new JobListQuery { Owner = "user3@example.test" }),
            ("clip", new JobListQuery { ClipId = ClipId(7) }),
            ("last 24 h", new JobListQuery { From = DateTime.UtcNow.AddDays(-1) }),
            ("search 'timeout'", new JobListQuery { Search = "timeout" }),
        };
        var results = new List<Result>();
        foreach (var (name, query) in filters)
        {
            var times = new List<double>();
            var total = 0;
            for (var i = 0; i < repeats + 1; i++)
            {
                await using var db = new AppDbContext(options);
                var clock = Stopwatch.StartNew();
                var page = await JobList.PageAsync(db, query, cancellationToken);
                if (i > 0)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds); // the first run warms EF's query cache
                }
                total = page.Total;
            }
            times.Sort();
            results.Add(new Result(name, total, Percentile(times, 0.5), Percentile(times, 0.95)));
        }
        SqliteConnection.ClearAllPools();
        return results;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 2);

    private static Guid ClipId(int i) => new(i, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]);

    private static async Task SeedAsync(AppDbContext db, int jobs, CancellationToken cancellationToken)
    {
        for (var u = 0; u < 10; u++)
        {
            db.Users.Add(new AppUser { Id = $"user-{u}", UserName = $"user{u}@example.test", Email = $"user{u}@example.test", NormalizedEmail = $"USER{u}@EXAMPLE.TEST" });
        }
        for (var c = 0; c < 50; c++)
        {
            db.Clips.Add(new Clip { Id = ClipId(c), OwnerId = $"user-{c % 10}", Title = $"clip-{c}.mp4", Codec = "h264", Sha256 = new string('0', 64) });
        }
        string[] kinds = ["analyse", "reframe", "export"];
        var start = DateTime.UtcNow.AddDays(-30);
        for (var i = 0; i < jobs; i++)
        {
            var state = (JobState)(i % 5);
            db.Jobs.Add(new Job
            {
                Id = Guid.NewGuid(), Kind = kinds[i % 3], Queue = kinds[i % 3] == "analyse" ? "gpu" : "cpu", ClipId = ClipId(i % 50),
                State = state, CreatedAt = start.AddSeconds(i * (30.0 * 86400 / Math.Max(1, jobs))), Attempts = 1,
                Error = state == JobState.Failed ? (i % 2 == 0 ? "ffmpeg timeout after 600 s" : "model failed to load") : null,
                EngineJobId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
