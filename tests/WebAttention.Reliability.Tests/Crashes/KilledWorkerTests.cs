using WebAttention.Reliability.Tests.Uploads;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Crashes;

/// <summary>
/// Issue 15 item 2, worker side: a web node (no worker) and a <c>WebAttention.Worker</c> host on the same data folder and
/// SQLite queues; the worker is SIGKILLed at seeded random moments during analysis, reframe and export jobs and started
/// again, while the web node stays up. The full scale-out stack (PostgreSQL, Redis, S3) has its own worker-kill test in
/// ScaleOut.Tests; this one is cheap enough for every CI run.
/// </summary>
public sealed class KilledWorkerTests(ITestOutputHelper output)
{
    public const string CountVariable = "WEBATTENTION_RELIABILITY_WORKER_KILLS";

    [Fact]
    public async Task Jobs_of_a_killed_worker_finish_after_it_restarts_with_whole_outputs()
    {
        var kills = RunKnobs.Count(CountVariable, 3);
        var seed = RunKnobs.Seed();
        output.WriteLine($"{CountVariable}={kills}, seed {seed} ({RunKnobs.SeedVariable})");
        await using var web = new ServerProcess([.. KilledProcessArguments.Jobs, "--Jobs:RunWorker=false"]);
        await web.StartAsync();
        await using var worker = ServerProcess.WorkerBeside(web, KilledProcessArguments.Jobs);
        await worker.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));

        await new JobKillRun(output, web, worker, "worker", new Random(seed)).RunAsync(
            kills,
            "killed-worker",
            $"{CountVariable}={kills} {RunKnobs.SeedVariable}={seed} dotnet test tests/WebAttention.Reliability.Tests -c Release --filter FullyQualifiedName~KilledWorkerTests",
            timeout.Token);
    }
}
