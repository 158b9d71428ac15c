using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Spectre.Console;
using WebAttention.Cli.Hosting;
using WebAttention.Cli.Video;
using WebAttention.Inference.Sessions;
using WebAttention.Training.Fusion;
using WebAttention.Training.Readout;

namespace WebAttention.Cli.Commands;

/// <summary>
/// <c>webattention train [--stage readout|fusion|all] [--root DIR] [--out FILE] [--fusion-out FILE] [--epochs N] [--no-cache]</c>:
/// fits the default model's readout and centre prior to the OSIE fixations (train split; early stopping and report on
/// val) and writes its weight file; then, with that readout fixed, fits the face channel's fusion weights
/// (<see cref="FusionFitter"/>) and writes <c>fusion-v1.json</c>.
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
        var stage = new Option<string>("--stage") { Description = "readout, fusion (face weight and σ, readout fixed), all (both), or video (the video model on ASCMN gaze).", DefaultValueFactory = _ => "all", HelpName = "STAGE" };
        stage.AcceptOnlyFromAmong("readout", "fusion", "all", "video");
        var data = new Option<string?>("--data") { Description = "video stage: ASCMN folder (default ../shared/data/ascmn).", HelpName = "DIR" };
        var videoOutput = new Option<string?>("--video-out") { Description = "video stage: weight file to write (default: the committed video-v1.json).", HelpName = "FILE" };
        var common = new CommonOptions();
        var fusionOutput = new Option<string?>("--fusion-out") { Description = "Fusion weight file to write (default: the committed fusion-v1.json).", HelpName = "FILE" };
        var command = new Command("train", "Fit the attention model's readout to real eye-tracking (OSIE train split) and write its weights.");
        command.Options.Add(root);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.Options.Add(noCache);
        command.Options.Add(stage);
        command.Options.Add(fusionOutput);
        command.Options.Add(data);
        command.Options.Add(videoOutput);
        common.AddTo(command);
        command.SetAction((parse, token) => CommandRunner.RunAsync(
            console,
            async ct =>
            {
                var which = parse.GetValue(stage)!;
                if (which == "video")
                {
                    await VideoTrainRunner.RunAsync(console, parse.GetValue(data), parse.GetValue(videoOutput), common.Read(parse), ct).ConfigureAwait(false);
                    return ExitCodes.Ok;
                }

                var readout = new TrainingOptions
                {
                    DataRoot = parse.GetValue(root),
                    OutputPath = parse.GetValue(output),
                    MaxEpochs = parse.GetValue(epochs) ?? new TrainingOptions().MaxEpochs,
                    UseCache = !parse.GetValue(noCache),
                };
                string? readoutPath = null;
                if (which is "readout" or "all")
                {
                    readoutPath = await RunReadoutAsync(console, readout, ct).ConfigureAwait(false);
                }

                if (which is "fusion" or "all")
                {
                    var fusion = new FusionFitOptions { DataRoot = readout.DataRoot, OutputPath = parse.GetValue(fusionOutput), ReadoutWeightsPath = readoutPath ?? readout.OutputPath };
                    await RunFusionAsync(console, fusion, ct).ConfigureAwait(false);
                }

                return ExitCodes.Ok;
            },
            token));
        return command;
    }

    private static async Task<string> RunReadoutAsync(CliConsole console, TrainingOptions options, CancellationToken cancellationToken)
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
        return report.WeightsPath;
    }

    private static async Task RunFusionAsync(CliConsole console, FusionFitOptions options, CancellationToken cancellationToken)
    {
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw CliInputException.Usage(string.Join(" ", problems));
        }

        var progress = new Progress<TrainingProgress>(p => console.Out.WriteLine($"fusion {p.Stage} {p.Current}/{p.Total} {p.Message}"));
        var sessions = new OrtSessionFactory(Options.Create(new InferenceOptions()), NullLogger<OrtSessionFactory>.Instance);
        var report = await FusionFitter.FitAsync(options, sessions, progress, cancellationToken).ConfigureAwait(false);
        var d = report.Document;
        var fit = d.Fit!;
        console.Out.MarkupLineInterpolated(
            $"[green]Fusion[/] in {fit.Seconds:0} s: face weight {d.Face:0.000}, σ {d.FaceSigma:0.000} (faces in {fit.ImagesWithFaces}); val log-lik {fit.ValLogLikelihoodModel:0.0000} → {fit.ValLogLikelihoodFused:0.0000}, val NSS {fit.ValNssModel:0.000} → {fit.ValNssFused:0.000}");
        console.Out.WriteLine($"Fusion weights: {report.WeightsPath}");
    }
}
