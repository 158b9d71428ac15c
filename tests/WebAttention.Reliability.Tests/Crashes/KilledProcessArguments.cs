using WebAttention.Testing;
namespace WebAttention.Reliability.Tests.Crashes;

/// <summary>Settings of the processes the kill runs start.</summary>
public static class KilledProcessArguments
{
    /// <summary>
    /// Jobs of a run: the tests' shared models folder, every frame analysed, three jobs at once, a killed job fetched again
    /// 5 s after its worker's heartbeat stops, and short retry delays.
    /// </summary>
    public static readonly string[] Jobs =
    [
        $"--Inference:ModelsRoot={TestModels.Folder}",
        "--Analysis:TargetFramesPerSecond=25",
        "--Jobs:Concurrency=3",
        "--Jobs:InvisibilitySeconds=5",
        "--Jobs:RetryDelaysSeconds=2,5,10",
    ];
}
