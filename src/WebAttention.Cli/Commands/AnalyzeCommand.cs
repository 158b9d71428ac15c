using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using WebAttention.Cli.Hosting;
using WebAttention.Inference.Fusion;
using WebAttention.Cli.Output;
using WebAttention.Media.Analysis;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Shots;

namespace WebAttention.Cli.Commands;

/// <summary>
/// <c>webattention analyze CLIP --out DIR [--fps N]</c>: the server's pipeline (ClipAnalyzer + AttentionPipeline),
/// headless. Writes one PNG per frame at the model's map resolution, <c>summary.json</c> and the shots found
/// (<c>shots.json</c>, <see cref="ShotListFile"/>).
/// </summary>
public static class AnalyzeCommand
{
    /// <summary>Name of the summary file written next to the PNGs.</summary>
    public const string SummaryFile = "summary.json";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var clip = new Argument<string>("CLIP") { Description = "Video file to analyse." };
        var output = new Option<string>("--out", "-o") { Description = "Output folder for 0001.png, 0002.png, … and summary.json.", Required = true, HelpName = "DIR" };
        var fps = new Option<double?>("--fps") { Description = "Frames analysed per second of clip time (others are interpolated). Default 5.", HelpName = "N" };
        var common = new CommonOptions();
        var command = new Command("analyze", "Run the attention pipeline on a clip: one 8-bit grayscale PNG per frame (map resolution) + summary.json.");
        command.Arguments.Add(clip);
        command.Options.Add(output);
        command.Options.Add(fps);
        common.AddTo(command);
        command.SetAction((parse, token) => CommandRunner.RunAsync(
            console,
            ct => RunAsync(console, parse.GetValue(clip), parse.GetValue(output)!, parse.GetValue(fps), common.Read(parse), ct),
            token));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string? clipPath, string outputPath, double? fps, CliSettings settings, CancellationToken cancellationToken)
    {
        var wall = Stopwatch.StartNew();
        var clip = InputFiles.RequireFile(clipPath, "Clip");
        var options = new AnalysisOptions { TargetFramesPerSecond = fps ?? new AnalysisOptions().TargetFramesPerSecond };
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw CliInputException.Usage($"--fps: {string.Join(" ", problems)}");
        }

        await using var host = CliHost.Start(settings);
        var analyzer = host.Analyzer;
        var info = await host.Probe.GetVideoInfoAsync(clip, cancellationToken).ConfigureAwait(false);
        using var predictor = await host.CreatePredictorAsync(cancellationToken).ConfigureAwait(false);
        using var faces = AttentionChannels.TryFaceDetector(console, host, cancellationToken);
        var fused = AttentionChannels.FuseClip(predictor, faces);
        var modelLoad = wall.Elapsed;
        var analysisSize = ClipAnalyzer.AnalysisSize(info, predictor);

        var folder = InputFiles.OutputFolder(outputPath);
        OutputFolder.RemovePreviousRun(folder, SummaryFile, ShotListFile.FileName);
        var sink = new PngFolderSink(folder, PngFolderSink.DigitsFor(info.FrameCount));
        console.Out.MarkupLineInterpolated(
            $"Analysing [bold]{Path.GetFileName(clip)}[/] ({info.Width}x{info.Height}, {info.FrameRate:0.##} fps, {info.FrameCount} frames) at {analysisSize} on {predictor.Device}, model {fused.ModelName}");
        var result = await PipelineProgressDisplay.RunAsync(
            console,
            info.FrameCount,
            progress => analyzer.AnalyzeAsync(clip, info, fused, sink, VideoAttention.OptionsFor(options, info.FrameRate), progress, cancellationToken)).ConfigureAwait(false);

        var summary = new AnalysisSummary(
            clip,
            result.Frames,
            result.AnalysedFrames,
            info.FrameRate,
            options.TargetFramesPerSecond,
            result.Device,
            predictor.DeviceDetail,
            result.Model,
            fused.Channels,
            new SizeJson(info.Width, info.Height),
            SizeJson.From(analysisSize),
            sink.MapSize is { } m ? SizeJson.From(m) : null,
            result.ShotCuts,
            result.Stages.ToDictionary(s => s.Stage, s => Math.Round(s.Seconds, 4)),
            Math.Round(modelLoad.TotalSeconds, 3),
            Math.Round(result.Elapsed.TotalSeconds, 3),
            Math.Round(wall.Elapsed.TotalSeconds, 3),
            Math.Round(result.Frames / Math.Max(1e-9, result.Elapsed.TotalSeconds), 2));
        await JsonFiles.WriteAsync(Path.Combine(folder, SummaryFile), summary, cancellationToken).ConfigureAwait(false);
        await ShotListFile.WriteAsync(folder, ShotList.From(result.ShotCuts, result.Frames), cancellationToken).ConfigureAwait(false);
        console.Out.Write(SummaryTable(summary));
        console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{summary.Frames} frames ({summary.AnalysedFrames} analysed) in {summary.PipelineSeconds:F2} s = {summary.FramesPerSecond:F1} frames/s on {summary.Device}"));
        console.Out.WriteLine(AttentionChannels.Describe(fused));
        console.Out.MarkupLineInterpolated($"Wrote {sink.Written} PNGs and {SummaryFile} to {folder}");
        return ExitCodes.Ok;
    }

    private static Table SummaryTable(AnalysisSummary s)
    {
        var table = new Table().AddColumn("stage").AddColumn(new TableColumn("busy s").RightAligned());
        foreach (var (stage, seconds) in s.SecondsPerStage)
        {
            table.AddRow(stage, seconds.ToString("F2", CultureInfo.InvariantCulture));
        }

        table.AddRow("pipeline (wall)", s.PipelineSeconds.ToString("F2", CultureInfo.InvariantCulture));
        table.AddRow("command (wall)", s.WallSeconds.ToString("F2", CultureInfo.InvariantCulture));
        return table;
    }
}
