using WebAttention.LoadBench;

namespace WebAttention.Data.Tests;

/// <summary>The dashboard job-list benchmark, run tiny: it seeds a real SQLite file and every filter finds its rows.</summary>
public sealed class JobListBenchTests
{
    [Fact]
    public async Task The_job_list_benchmark_runs_and_each_filter_matches_the_seeded_rows()
    {
        var file = Path.Combine(Path.GetTempPath(), $"joblist-bench-test-{Guid.NewGuid():N}.db");
        try
        {
            var results = await JobListBench.RunAsync(file, jobs: 300, repeats: 2);

            var totals = results.ToDictionary(r => r.Filter, r => r.Total);
            Assert.Equal(300, totals["all, page 1"]);
            Assert.Equal(60, totals["state=Failed"]); // every fifth job
            Assert.Equal(20, totals["kind=export + state=Queued"]); // i % 3 == 2 and i % 5 == 0
            Assert.Equal(30, totals["owner e-mail"]); // clips 3, 13, 23, 33, 43
            Assert.Equal(6, totals["clip"]);
            Assert.Equal(30, totals["search 'timeout'"]);
            Assert.All(results, r => Assert.True(r.P95Ms >= r.P50Ms, r.Filter));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
