using System.CommandLine;
using Spectre.Console;
using WebAttention.Cli.Hosting;
using WebAttention.Inference.Training;

namespace WebAttention.Cli.Commands;

/// <summary>
/// <c>webattention train [--root DIR] [--out FILE] [--epochs N] [--no-cache]</c>: fits the default model's readout
/// and centre prior to the OSIE fixations (train split; early stopping and report on val) and writes the weight file.
/// </summary>
public static class TrainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var root = new Option<string?>("--root") { Description = "OSIE folder (default ../shared/data/osie beside the repository).", HelpName = "DIR" };
        var output = new Option<string?>("--out") { Description = "Weight file to write (default: the committed readout-v1.json).", HelpName = "FILE" };
        var epochs = new Option<int?>("--epochs") { Description = "Most epochs (early stopping on val NLL).", HelpName = "N" };
        var noCache = new Option<bool>("--no-cache") { Description = "Recompute ResNet18 features instead of reusing data/cache." };
        var command = new Command("train", "Fit the attention model's readout to real eye-tracking (OSIE train split) and write its weights.");
        command.Options.Add(root);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.Options.Add(noCache);
        command.SetAction((parse, token) => CommandRunner.RunAsync(
            console,
            ct => RunAsync(console, new TrainingOptions
            {
                DataRoot = parse.GetValue(root),
                OutputPath = parse.GetValue(output),
                MaxEpochs = parse.GetValue(epochs) ?? new TrainingOptions().MaxEpochs,
                UseCache = !parse.GetValue(noCache),
            }, ct),
            token));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, TrainingOptions options, CancellationToken cancellationToken)
    {
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw CliInputException.Usage(string.Join(" ", problems));
        }
        var progress = new Progress<TrainingProgress>(p => console.Out.WriteLine(
            p.TrainNll is { } train
                ? $"{p.Stage} {p.Current}/{p.Total}: train NLL {train:0.0000}, val NLL {p.ValNll:0.0000}"
                : $"{p.Stage} {p.Current}/{p.Total} {p.Message}"));
        var report = await ReadoutTrainer.TrainAsync(options, progress, cancellationToken).ConfigureAwait(false);
        var record = report.Record;
        console.Out.MarkupLineInterpolated(
            $"[green]Done[/] in {record.TotalSeconds:0} s: val NSS {record.ValNss:0.000} (centre prior alone {record.ValNssPriorOnly:0.000}), val NLL {record.ValNll:0.0000}, best epoch {record.BestEpoch}/{record.EpochsRun}");
        console.Out.WriteLine($"Weights: {report.WeightsPath}");
        return ExitCodes.Ok;
    }
}
