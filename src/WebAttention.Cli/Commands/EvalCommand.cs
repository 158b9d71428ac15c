using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using WebAttention.Cli.Evaluation;
using WebAttention.Cli.Hosting;
using WebAttention.Cli.Output;
using WebAttention.Cli.Video;
using WebAttention.Core.Media;
using WebAttention.Inference.Faces;
using WebAttention.Inference.Fusion;
using WebAttention.Inference.Sessions;
using WebAttention.Pipeline.Fusion;
using WebAttention.Training.Datasets;
using WebAttention.Training.Evaluation;
using WebAttention.Training.Images;

namespace WebAttention.Cli.Commands;

/// <summary>
/// <c>webattention eval --dataset osie --split val [--long-side N] [--model NAME] [--root DIR] [--json FILE]</c>: NSS, CC, SIM, KLD,
/// AUC-Judd and shuffled AUC of the model on a split, beside the model fused with faces (BlazeFace, fusion-v1 weights),
/// a faces × centre prior reference, a centre-bias Gaussian and leave-one-subject-out humans. Without the BlazeFace
/// model the face rows are left out with a warning.
/// </summary>
public static class EvalCommand
{
    /// <summary>σ of fixation density maps for OSIE (≈ 1° of visual angle, 0.03 × 800 px).</summary>
    public const double OsieSigmaPixels = 24;

    /// <summary>Row name of the centre-bias reference.</summary>
    public const string CentreBiasRow = "centre bias (Gaussian)";

    /// <summary>Row name of the human-consistency reference.</summary>
    public const string HumanRow = "humans (leave one subject out)";

    private static readonly string[] Headers = ["NSS ↑", "CC ↑", "SIM ↑", "KLD ↓", "AUC-Judd ↑", "sAUC ↑"];

    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var dataset = new Option<string>("--dataset") { Description = "Data set layout: osie (images) or ascmn (videos with per-frame gaze).", DefaultValueFactory = _ => "osie", HelpName = "NAME" };
        dataset.AcceptOnlyFromAmong("osie", "ascmn");
        var split = new Option<string>("--split") { Description = "osie: split file <split>.txt under the root (train or val); ascmn: fit, val or all (every folder with fixations.csv).", DefaultValueFactory = _ => "val", HelpName = "NAME" };
        var root = new Option<string?>("--root", "--data") { Description = "Data set folder (default ../shared/data/osie or ../shared/data/ascmn).", HelpName = "DIR" };
        var json = new Option<string?>("--json") { Description = "Also write the results as JSON to FILE.", HelpName = "FILE" };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N images of the split (quick checks).", HelpName = "N" };
        var longSide = new Option<int?>("--long-side")
        {
            Description = "Analyse images at this long side in pixels instead of the model's default (384), e.g. 256 or 192 as the browser's lighter variants do.",
            HelpName = "N",
        };
        var common = new CommonOptions();
        var command = new Command("eval", "Score the model on eye-tracking data (NSS, CC, SIM, KLD, AUC-Judd, sAUC) with centre-bias and human references.");
        command.Options.Add(dataset);
        command.Options.Add(split);
        command.Options.Add(root);
        command.Options.Add(json);
        command.Options.Add(limit);
        command.Options.Add(longSide);
        common.AddTo(command);
        command.SetAction((parse, token) => CommandRunner.RunAsync(
            console,
            ct => parse.GetValue(dataset) == "ascmn"
                ? VideoEvalRunner.RunAsync(console, parse.GetValue(root) ?? VideoEvalRunner.DefaultRoot, parse.GetValue(split)!, parse.GetValue(json), common.Read(parse), ct)
                : RunAsync(
                console,
                new EvalRequest(parse.GetValue(dataset)!, parse.GetValue(root) ?? Path.Combine("..", "shared", "data", "osie"), parse.GetValue(split)!, parse.GetValue(json), parse.GetValue(limit), parse.GetValue(longSide)),
                common.Read(parse),
                ct),
            token));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, EvalRequest request, CliSettings settings, CancellationToken cancellationToken)
    {
        var (dataset, split, json, limit, longSide) = (request.Dataset, request.Split, request.Json, request.Limit, request.LongSide);
        var root = InputFiles.RequireFolder(request.Root, "Data set root");
        if (limit is <= 0)
        {
            throw CliInputException.Usage("--limit must be positive.");
        }

        if (longSide is <= 0 or > 4096)
        {
            throw CliInputException.Usage("--long-side must be 1 to 4096 pixels.");
        }

        var images = await OsieDataset.LoadSplitAsync(root, split, cancellationToken).ConfigureAwait(false);
        images = limit is { } n ? images.Take(n).ToList() : images;
        if (images.Count == 0)
        {
            throw new CliInputException($"Split '{split}' of '{root}' lists no images.");
        }

        await using var host = CliHost.Start(settings);
        using var predictor = await host.CreatePredictorAsync(cancellationToken).ConfigureAwait(false);
        if (longSide is { } side && side < predictor.SizeMultiple)
        {
            throw CliInputException.Usage($"--long-side must be at least {predictor.SizeMultiple} (the model's size multiple).");
        }

        Func<FrameSize, FrameSize> inputSize = longSide is { } l ? s => predictor.InputSizeFor(s, l) : predictor.InputSizeFor;
        var analysisSize = inputSize(ImageFiles.ReadSize(images[0].Path));
        using var detector = AttentionChannels.TryFaceDetector(console, host, cancellationToken);
        var (weights, fusion) = FusionWeightsFile.LoadEmbedded();
        var centreWeights = fusion.Fit is { CentrePriorFace: { } cf, CentrePriorFaceSigma: { } cs } ? new FusionWeights(cf, cs, 0) : null;
        var maps = new FaceChannelMaps(predictor, detector, weights, centreWeights, inputSize);
        var subjects = images.SelectMany(i => i.Fixations).Select(f => f.Subject).Distinct().Count();
        var fixations = images.Sum(i => i.Fixations.Count);
        console.Out.MarkupLineInterpolated(
            $"Evaluating {predictor.ModelName} on {predictor.Device}: {dataset} {split}, {images.Count} images, {subjects} subjects, {fixations} fixations, σ = {OsieSigmaPixels} px, analysed at {analysisSize}");

        var clock = Stopwatch.StartNew();
        if (detector is not null)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Faces: {detector.Name}; fusion weight {weights.Face}, σ {weights.FaceSigma}; faces × centre prior: weight {(centreWeights ?? weights).Face}, σ {(centreWeights ?? weights).FaceSigma}"));
        }

        var evaluation = new SaliencyEvaluation(maps, OsieSigmaPixels);
        var scores = await CountProgressDisplay.RunAsync(
            console, "images scored", images.Count, progress => evaluation.RunAsync(images, progress, cancellationToken)).ConfigureAwait(false);
        EvalRow[] rows =
        [
            .. maps.Names.Select((name, m) => new EvalRow(name, MetricMean.Of(scores.Select(s => s.Maps[m])))),
            new(CentreBiasRow, MetricMean.Of(scores.Select(s => s.CentreBias))),
            new(HumanRow, MetricMean.Of(scores.Select(s => s.Human))),
        ];
        var report = new EvalReport(
            dataset, root, split, images.Count, subjects, fixations, OsieSigmaPixels, predictor.ModelName, predictor.Device, rows,
            Math.Round(clock.Elapsed.TotalSeconds, 2), longSide, analysisSize.ToString());
        console.Out.Write(Table(rows));
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{images.Count} images in {report.WallSeconds:F1} s"));
        if (json is not null)
        {
            await JsonFiles.WriteAsync(json, report, cancellationToken).ConfigureAwait(false);
            console.Out.MarkupLineInterpolated($"Wrote {Path.GetFullPath(json)}");
        }

        return ExitCodes.Ok;
    }

    private sealed record EvalRequest(string Dataset, string Root, string Split, string? Json, int? Limit, int? LongSide);

    private static Table Table(IEnumerable<EvalRow> rows)
    {
        var table = new Table().AddColumn("maps");
        foreach (var header in Headers)
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var row in rows)
        {
            table.AddRow([Markup.Escape(row.Name), .. row.Scores.Values.Select(v => v.ToString("F3", CultureInfo.InvariantCulture))]);
        }

        return table;
    }
}
