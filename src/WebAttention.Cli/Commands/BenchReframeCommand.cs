using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using WebAttention.Cli.Bench;
using WebAttention.Cli.Hosting;
using WebAttention.Cli.Output;
using WebAttention.Cli.Reframe;
using WebAttention.Cli.Video;
using WebAttention.Core.Reframing;
using WebAttention.Media.TestClips;
using WebAttention.Pipeline.Analysis;
using WebAttention.Reframing;
using WebAttention.Reframing.Model;

namespace WebAttention.Cli.Commands;

/// <summary>
/// <c>webattention bench-reframe [CLIPS...] [--aspect 9:16] [--json FILE]</c>: in one run, on real clips (default
/// <c>../shared/clips</c>) and generated ones, the saliency share, jerk and cuts per minute of our path, the fixed centre
/// crop and the per-frame greedy window, our ratios to greedy; then our render speed against plain ffmpeg on a 1080p clip.
/// </summary>
public static class BenchReframeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var clips = new Argument<string[]>("CLIPS") { Description = $"Clips or folders of clips (default: {ReframeBenchClips.DefaultFolder} when it exists).", Arity = ArgumentArity.ZeroOrMore };
        var aspect = new Option<string>("--aspect", "-a") { Description = "Target aspect ratio W:H. Default 9:16.", HelpName = "W:H", DefaultValueFactory = _ => "9:16" };
        var json = new Option<string?>("--json") { Description = "Also write the figures as JSON to FILE.", HelpName = "FILE" };
        var preset = new Option<MotionPreset?>("--preset") { Description = "Camera motion of our path: slower, default or faster.", HelpName = "slower|default|faster" };
        var fps = new Option<double?>("--fps") { Description = "Analysis rate (frames per second of clip time). Default 5.", HelpName = "N" };
        var noGenerated = new Option<bool>("--no-generated") { Description = "Skip the generated clips (moving disc; two shots with a cut)." };
        var speedSeconds = new Option<double>("--speed-seconds") { Description = "Length of the generated 1080p30 clip of the render-speed comparison; 0 skips it. Default 10.", HelpName = "N", DefaultValueFactory = _ => 10 };
        var speedRuns = new Option<int>("--speed-runs") { Description = "Timed runs of each renderer (the fastest counts). Default 3.", HelpName = "N", DefaultValueFactory = _ => 3 };
        var gaze = new Option<string?>("--gaze") { Description = "Measure against viewers' gaze instead: a folder in the ASCMN layout (video + fixations.csv per sub-folder).", HelpName = "DIR" };
        var gazeSplit = new Option<string>("--split") { Description = "With --gaze: fit, val or all (every folder with fixations.csv). Default all.", HelpName = "NAME", DefaultValueFactory = _ => "all" };
        var common = new CommonOptions();
        var command = new Command("bench-reframe", "Measure reframing quality (ours vs centre crop vs greedy window) on several clips, and render speed vs plain ffmpeg.");
        command.Arguments.Add(clips);
        foreach (var option in new Option[] { aspect, json, preset, fps, noGenerated, speedSeconds, speedRuns, gaze, gazeSplit })
        {
            command.Options.Add(option);
        }

        common.AddTo(command);
        command.SetAction((parse, token) => CommandRunner.RunAsync(
            console,
            ct => parse.GetValue(gaze) is { } gazeFolder
                ? GazeReframeRunner.RunAsync(console, gazeFolder, parse.GetValue(gazeSplit)!, GazeRequest(parse.GetValue(aspect), parse.GetValue(preset)), parse.GetValue(json), common.Read(parse), ct)
                : RunAsync(
                console,
                new BenchArguments(parse.GetValue(clips), parse.GetValue(aspect), parse.GetValue(json), parse.GetValue(preset), parse.GetValue(fps), !parse.GetValue(noGenerated), parse.GetValue(speedSeconds), parse.GetValue(speedRuns)),
                common.Read(parse),
                ct),
            token));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, BenchArguments args, CliSettings settings, CancellationToken cancellationToken)
    {
        var wall = Stopwatch.StartNew();
        var aspects = AspectList.Parse(args.Aspect);
        if (aspects.Count != 1)
        {
            throw CliInputException.Usage("--aspect: bench-reframe measures one aspect ratio per run.");
        }

        if (!(args.SpeedSeconds >= 0) || args.SpeedRuns < 1)
        {
            throw CliInputException.Usage("--speed-seconds must be 0 or more and --speed-runs at least 1.");
        }

        var options = new AnalysisOptions { TargetFramesPerSecond = args.Fps ?? new AnalysisOptions().TargetFramesPerSecond };
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw CliInputException.Usage($"--fps: {string.Join(" ", problems)}");
        }

        var real = ReframeBenchClips.Resolve(args.Clips);
        if (real.Count == 0 && !args.Generated)
        {
            throw CliInputException.Usage($"No clips to measure: name some, or let the generated ones run ({ReframeBenchClips.DefaultFolder} does not exist here).");
        }

        var request = new ReframeRequest(aspects[0]) { Preset = args.Preset ?? MotionPreset.Default };
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "webattention-bench-reframe-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            await using var host = CliHost.Start(settings);
            using var predictor = await host.CreatePredictorAsync(cancellationToken).ConfigureAwait(false);
            console.Out.MarkupLineInterpolated($"Reframe benchmark, aspect {request.Aspect}, preset {request.Preset}, maps by {predictor.ModelName} on {predictor.Device}");
            var reframer = host.Reframer;
            var bench = new ReframeQualityBench(host, predictor, reframer, options);
            var inputs = real.Select(c => (Path: c, Name: Path.GetFileName(c))).ToList();
            if (args.Generated)
            {
                foreach (var (name, clipOptions) in ReframeBenchClips.Generated)
                {
                    var file = Path.Combine(work, name + ".mp4");
                    await LavfiClip.GenerateAsync(clipOptions, file, host.Ffmpeg, cancellationToken).ConfigureAwait(false);
                    inputs.Add((file, "generated:" + name));
                }
            }

            var rows = await CountProgressDisplay.RunAsync(console, "clips", inputs.Count, async done =>
            {
                var list = new List<ReframeQualityRow>();
                foreach (var (path, name) in inputs)
                {
                    list.Add(await bench.MeasureAsync(path, name, request, cancellationToken).ConfigureAwait(false));
                    done.Report(list.Count);
                }

                return list;
            }).ConfigureAwait(false);
            var overall = ReframeQualityBench.Overall(rows);
            ReframeBenchTables.WriteQuality(console, rows, overall);

            ReframeSpeedResult? speed = null;
            if (args.SpeedSeconds > 0)
            {
                var export = ExportSize.Platform(request.Aspect.Width, request.Aspect.Height);
                speed = await new ReframeSpeedBench(host.Ffmpeg, reframer)
                    .RunAsync(work, args.SpeedSeconds, request.Aspect, export, args.SpeedRuns, line => console.Out.Profile.Out.Writer.WriteLine("  " + line), cancellationToken)
                    .ConfigureAwait(false);
                ReframeBenchTables.WriteSpeed(console, speed);
            }

            var report = new ReframeBenchReport(request.Aspect.ToString(), request.Preset.ToString(), predictor.Device, predictor.ModelName, rows, overall, speed, Math.Round(wall.Elapsed.TotalSeconds, 3));
            if (args.Json is not null)
            {
                await JsonFiles.WriteAsync(args.Json, report, cancellationToken).ConfigureAwait(false);
                console.Out.MarkupLineInterpolated($"Wrote {Path.GetFullPath(args.Json)}");
            }

            return ExitCodes.Ok;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the OS cleans its temp folder.
            }
        }
    }

    private static ReframeRequest GazeRequest(string? aspect, MotionPreset? preset)
    {
        var aspects = AspectList.Parse(aspect);
        return aspects.Count == 1
            ? new ReframeRequest(aspects[0]) { Preset = preset ?? MotionPreset.Default }
            : throw CliInputException.Usage("--aspect: bench-reframe measures one aspect ratio per run.");
    }

    private sealed record BenchArguments(string[]? Clips, string? Aspect, string? Json, MotionPreset? Preset, double? Fps, bool Generated, double SpeedSeconds, int SpeedRuns);
}
