using WebAttention.Training.Readout;
using WebAttention.Training.Tests.Support;
using Xunit.Abstractions;

namespace WebAttention.Training.Tests.Readout;

/// <summary>
/// Reproduces the committed weight file (Release build recommended):
/// <c>WEBATTENTION_TRAIN=1 dotnet test tests/WebAttention.Training.Tests -c Release --filter FullyQualifiedName~TrainingRunTests --logger "console;verbosity=detailed"</c>
/// </summary>
public class TrainingRunTests(ITestOutputHelper output)
{
    [TrainingRunFact]
    public async Task Train_the_default_readout_on_osie()
    {
        var progress = new SynchronousProgress<TrainingProgress>(p => output.WriteLine($"[{DateTime.Now:HH:mm:ss}] {p.Stage} {p.Current}/{p.Total} {p.Message}"));
        var options = new TrainingOptions
        {
            DataRoot = OsieData.Root,
            OutputPath = Environment.GetEnvironmentVariable("WEBATTENTION_TRAIN_OUTPUT"),
        };

        var report = await ReadoutTrainer.TrainAsync(options, progress, CancellationToken.None);

        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(report.Record with { History = [] }));
        Assert.True(report.Record.ValNll < report.Record.UniformNll);
    }
}
