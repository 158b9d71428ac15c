using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using WebAttention.Cli.Hosting;
using WebAttention.Cli.Output;
using WebAttention.Cli.Reframe;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Inference.Fusion;
using WebAttention.Pipeline.Analysis;
using WebAttention.Reframing;
using WebAttention.Reframing.Focus;
using WebAttention.Reframing.Model;

namespace WebAttention.Cli.Commands;

/// <summary>
/// <c>webattention reframe CLIP --aspect 9:16[,1:1,…] --out DIR [--preset …] [--padding …] [--height N] [--no-render]</c>:
/// analysis (reused from <c>DIR/saliency</c> when it matches) with the shots it found on every frame, one solved crop path per aspect
/// exported as JSON, CSV and CMX3600 EDL, and the rendered <c>reframed.WxH.mp4</c>.
/// </summary>
public static class ReframeCommand
{
    /// <summary>Name of the run summary written to the output folder.</summary>
    public const string SummaryFile = "reframe.json";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var clip = new Argument<string>("CLIP") { Description = "Video file to reframe." };
        var aspect = new Option<string>("--aspect", "-a") { Description = "Target aspect ratios W:H, comma separated (9:16, 1:1, 4:5, 16:9 or any). Default 9:16.", HelpName = "W:H[,W:H]", DefaultValueFactory = _ => "9:16" };
        var output = new Option<string>("--out", "-o") { Description = "Output folder (the analysis is kept in DIR/saliency and reused).", Required = true, HelpName = "DIR" };
        var preset = new Option<MotionPreset?>("--preset") { Description = "Camera motion: slower, default or faster.", HelpName = "slower|default|faster" };
        var padding = new Option<PaddingStyle?>("--padding") { Description = "Background when required content cannot fit: blur (default) or solid (black).", HelpName = "blur|solid" };
        var height = new Option<int?>("--height") { Description = "Export height in pixels (width from the aspect). Default: the platform size (short side 1080: 9:16 → 1080x1920), at most 2× the crop's own pixels for a small source.", HelpName = "N" };
        var noRender = new Option<bool>("--no-render") { Description = "Write the crop paths only, no video." };
        var fps = new Option<double?>("--fps") { Description = "Frames analysed per second of clip time on a fresh analysis. Default 5.", HelpName = "N" };
        var common = new CommonOptions();
        var command = new Command("reframe", "Reframe a clip to other aspect ratios: crop paths (JSON, CSV, EDL) and rendered MP4s.");
        command.Arguments.Add(clip);
        foreach (var option in new Option[] { aspect, output, preset, padding, height, noRender, fps })
        {
            command.Options.Add(option);
        }

        common.AddTo(command);
        command.SetAction((parse, token) => CommandRunner.RunAsync(
            console,
            ct => RunAsync(
                console,
                new ReframeArguments(parse.GetValue(clip), parse.GetValue(output)!, parse.GetValue(aspect), parse.GetValue(preset), parse.GetValue(padding), parse.GetValue(height), !parse.GetValue(noRender), parse.GetValue(fps)),
                common.Read(parse),
                ct),
            token));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, ReframeArguments args, CliSettings settings, CancellationToken cancellationToken)
    {
        var wall = Stopwatch.StartNew();
        var aspects = AspectList.Parse(args.Aspects);
        if (args.Height is { } h && h < 16)
        {
            throw CliInputException.Usage("--height must be at least 16.");
        }

        var fixedSizes = args.Height is { } asked ? aspects.Select(a => ExportSizeOption.AtHeight(a, asked)).ToList() : null;
        var clip = InputFiles.RequireFile(args.Clip, "Clip");
        var options = new AnalysisOptions { TargetFramesPerSecond = args.Fps ?? new AnalysisOptions().TargetFramesPerSecond };
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw CliInputException.Usage($"--fps: {string.Join(" ", problems)}");
        }

        var folder = InputFiles.OutputFolder(args.Output);
        await using var host = CliHost.Start(settings);
        var info = await host.Probe.GetVideoInfoAsync(clip, cancellationToken).ConfigureAwait(false);
        var source = new FrameSize(info.Width, info.Height);
        console.Out.MarkupLineInterpolated($"Reframing [bold]{Path.GetFileName(clip)}[/] ({info.Width}x{info.Height}, {info.FrameRate:0.##} fps) to {string.Join(", ", aspects)}");
        var sizes = fixedSizes ?? DefaultSizes(console, aspects, source);

        var store = StoredAnalysis.FolderOf(folder);
        var (reader, faces, shotList, reused, analysisSeconds) = await AnalysisCache.EnsureAsync(host, console, clip, info, options, store, cancellationToken).ConfigureAwait(false);
        var frames = reader.Index.FrameCount;
        if (frames == 0)
        {
            throw new CliInputException($"Clip '{clip}' has no decodable frames.");
        }

        if (reused)
        {
            console.Out.MarkupLineInterpolated($"Analysis: reused {store} ({frames} maps, model {reader.Index.Model}); delete it to analyse again");
        }
        else
        {
            console.Out.MarkupLineInterpolated($"Analysis: {frames} maps written to {store} in {analysisSeconds:0.00} s");
        }

        // The cuts the analysis found on every frame (shots.json beside the maps): no second decode.
        var shots = shotList.ToShots(frames);
        console.Out.MarkupLineInterpolated($"Shots: {shots.Count} in {frames} frames (cuts at {(shots.Count > 1 ? string.Join(", ", shots.Skip(1).Select(s => s.FirstFrame)) : "none")})");
        var maps = await StoredAnalysis.LoadMapsAsync(reader, cancellationToken).ConfigureAwait(false);
        // As the server's reframe job: the faces found are required regions, the focus uses the video model's fitted knobs.
        var focus = await FocusTracker.FromStoreAsync(reader, faces, source, VideoAttention.FocusFor(aspects[0], source), cancellationToken).ConfigureAwait(false);
        var inputs = new ReframeInputs(clip, source, info.FrameRate, focus, shots, maps, folder);
        var run = new AspectRun(host.Reframer, host.Renderer, console);
        var results = new List<AspectSummary>();
        for (var i = 0; i < aspects.Count; i++)
        {
            var request = new ReframeRequest(aspects[i]) { Preset = args.Preset ?? MotionPreset.Default, Padding = args.Padding ?? PaddingStyle.Blur };
            var result = await run.RunAsync(inputs, request, sizes[i], args.Render, cancellationToken).ConfigureAwait(false);
            ReframeSummaryTable.Write(console, result, args.Render);
            results.Add(result);
        }

        var summary = new ReframeSummary(
            clip, frames, info.FrameRate, SizeJson.From(source), reused ? "reused" : "analysed", reader.Index.Model, reader.Index.Device,
            [.. shots.Skip(1).Select(s => s.FirstFrame)], results, Math.Round(analysisSeconds, 3), Math.Round(wall.Elapsed.TotalSeconds, 3));
        await JsonFiles.WriteAsync(Path.Combine(folder, SummaryFile), summary, cancellationToken).ConfigureAwait(false);
        console.Out.WriteLine(AttentionChannels.DescribeStored(reader.Index.Model));
        console.Out.MarkupLineInterpolated($"Wrote {results.Sum(r => r.Files.Count)} files and {SummaryFile} to {folder} in {wall.Elapsed.TotalSeconds:0.00} s");
        return ExitCodes.Ok;
    }

    private sealed record ReframeArguments(string? Clip, string Output, string? Aspects, MotionPreset? Preset, PaddingStyle? Padding, int? Height, bool Render, double? Fps);

    private static List<FrameSize> DefaultSizes(CliConsole console, IReadOnlyList<AspectRatio> aspects, FrameSize source)
    {
        var sizes = new List<FrameSize>(aspects.Count);
        foreach (var aspect in aspects)
        {
            var choice = ExportSizeOption.Default(aspect, source);
            console.Out.MarkupLineInterpolated($"Export {aspect}: {choice.Explain()}");
            sizes.Add(choice.Size);
        }
        return sizes;
    }
}
