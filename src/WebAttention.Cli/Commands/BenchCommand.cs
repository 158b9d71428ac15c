using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using WebAttention.Cli.Bench;
using WebAttention.Cli.Hosting;
using WebAttention.Cli.Output;
using WebAttention.Media.TestClips;
using WebAttention.Pipeline.Analysis;

namespace WebAttention.Cli.Commands;

/// <summary>
/// <c>webattention bench CLIP [--device cpu|cuda] [--seconds N] [--json FILE]</c>: decode-only, model-only (batch 1 and
/// best of 1/2/4/8), motion-channel and end-to-end frames/s on one clip, their ratio and peak memory.
/// <c>webattention bench --generate-1080p OUT.mp4</c>: writes the synthetic 1080p30 30 s benchmark clip.
/// </summary>
public static class BenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var clip = new Argument<string?>("CLIP") { Description = "Video file to measure.", Arity = ArgumentArity.ZeroOrOne };
        var seconds = new Option<double?>("--seconds") { Description = "Use only the first N seconds of the clip (default: all of it).", HelpName = "N" };
        var fps = new Option<double?>("--fps") { Description = "Analysis rate of the end-to-end run (default 5).", HelpName = "N" };
        var json = new Option<string?>("--json") { Description = "Also write the figures as JSON to FILE (e.g. bench.json).", HelpName = "FILE" };
        var generate = new Option<string?>("--generate-1080p") { Description = "Write the 1080p30 30 s synthetic benchmark clip to FILE and exit.", HelpName = "OUT.mp4" };
        var common = new CommonOptions();
        var command = new Command("bench", "Measure decode-only, model-only and end-to-end frames/s on a clip (or generate the 1080p benchmark clip).");
        command.Arguments.Add(clip);
        command.Options.Add(seconds);
        command.Options.Add(fps);
        command.Options.Add(json);
        command.Options.Add(generate);
        common.AddTo(command);
        command.SetAction((parse, token) => CommandRunner.RunAsync(
            console,
            ct =>
            {
                var (clipPath, target) = (parse.GetValue(clip), parse.GetValue(generate));
                if ((clipPath is null) == (target is null))
                {
                    throw CliInputException.Usage("Give either a CLIP to measure or --generate-1080p OUT.mp4 (exactly one).");
                }

                return target is not null
                    ? GenerateAsync(console, target, common.Read(parse), ct)
                    : MeasureAsync(console, clipPath!, parse.GetValue(seconds), parse.GetValue(fps), parse.GetValue(json), common.Read(parse), ct);
            },
            token));
        return command;
    }

    private static async Task<int> GenerateAsync(CliConsole console, string target, CliSettings settings, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(target);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var host = CliHost.Start(settings);
        console.Out.WriteLine("Generating the 1080p30 30 s benchmark clip (testsrc2 15 s, cut, moving disc 15 s) with:");
        // Straight to the writer: Spectre would wrap the line at the console width, breaking copy and paste.
        console.Out.Profile.Out.Writer.WriteLine(BenchmarkClip.CommandLine(host.Ffmpeg.FfmpegPath, path));
        await LavfiClip.GenerateAsync(BenchmarkClip.Options1080p30, path, host.Ffmpeg, cancellationToken).ConfigureAwait(false);
        console.Out.MarkupLineInterpolated($"Wrote {path}");
        return ExitCodes.Ok;
    }

    private static async Task<int> MeasureAsync(
        CliConsole console, string clipPath, double? seconds, double? fps, string? json, CliSettings settings, CancellationToken cancellationToken)
    {
        var clip = InputFiles.RequireFile(clipPath, "Clip");
        if (seconds is { } s && !(s > 0))
        {
            throw CliInputException.Usage("--seconds must be positive.");
        }

        var options = new AnalysisOptions { TargetFramesPerSecond = fps ?? new AnalysisOptions().TargetFramesPerSecond };
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw CliInputException.Usage($"--fps: {string.Join(" ", problems)}");
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var host = CliHost.Start(settings);
        await host.Probe.GetVideoInfoAsync(clip, cancellationToken).ConfigureAwait(false);
        using var predictor = await host.CreatePredictorAsync(cancellationToken).ConfigureAwait(false);
        var modelLoad = started.Elapsed;
        console.Out.MarkupLineInterpolated($"Benchmarking {Path.GetFileName(clip)} on {predictor.Device} ({predictor.DeviceDetail}), model {predictor.ModelName}");
        var done = new CallbackProgress<Throughput>(t =>
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Name}: {t.Frames} frames in {t.Seconds:F2} s")));
        using var faces = AttentionChannels.TryFaceDetector(console, host, cancellationToken);
        var report = await new ClipBenchmark(host, predictor, faces).RunAsync(clip, seconds, options, modelLoad, done, cancellationToken).ConfigureAwait(false);
        console.Out.Write(Table(report));
        if (json is not null)
        {
            await JsonFiles.WriteAsync(json, report, cancellationToken).ConfigureAwait(false);
            console.Out.MarkupLineInterpolated($"Wrote {Path.GetFullPath(json)}");
        }

        return ExitCodes.Ok;
    }

    private static Table Table(BenchReport r)
    {
        static string F(double v, string format = "F1") => v.ToString(format, CultureInfo.InvariantCulture);
        var table = new Table()
            .AddColumn("measurement")
            .AddColumn(new TableColumn("frames").RightAligned())
            .AddColumn(new TableColumn("seconds").RightAligned())
            .AddColumn(new TableColumn("frames/s").RightAligned());
        void Row(Throughput t, string? name = null) =>
            table.AddRow(Markup.Escape(name ?? t.Name), t.Frames.ToString(CultureInfo.InvariantCulture), F(t.Seconds, "F2"), F(t.FramesPerSecond));
        Row(r.DecodeOnly);
        Row(r.ModelBatch1, "model only, batch 1");
        Row(r.ModelBest, $"model only, best batch ({r.BestBatchSize} of {string.Join('/', ClipBenchmark.BatchSizes)})");
        Row(r.Motion.Throughput, $"motion channel, CPU ({r.Motion.Throughput.Frames} frame pairs)");
        table.AddRow(
            "motion channel ms a frame",
            string.Empty,
            $"{r.Motion.Moving} moving, {r.Motion.Still} still, {r.Motion.NotComparable} not comparable, {r.Motion.ThreeFrame} three-frame",
            F(r.Motion.MillisecondsPerFrame, "F2"));
        if (r.Faces is { } f)
        {
            Row(f, "face channel (BlazeFace, letterbox + tiles)");
        }

        Row(r.EndToEnd, $"end to end ({F(r.AnalysisFps, "0.##")} fps analysed, map for every frame)");
        table.AddRow(
            "time ratio end to end ÷ decode only (s a frame; target ≤ 3)",
            string.Empty,
            $"{F(r.EndToEnd.Seconds, "F2")} / {F(r.DecodeOnly.Seconds, "F2")}",
            F(r.TimeEndToEndOverDecode, "F2"));
        table.AddRow("speed ratio end to end ÷ decode only (frames/s)", string.Empty, string.Empty, F(r.EndToEndOverDecode, "F2"));
        table.AddRow("CPU seconds end to end ÷ decode only", string.Empty, $"{F(r.EndToEnd.CpuSeconds, "F1")} / {F(r.DecodeOnly.CpuSeconds, "F1")}", F(r.EndToEnd.CpuSeconds / r.DecodeOnly.CpuSeconds, "F2"));
        table.AddRow("peak working set (MB)", string.Empty, string.Empty, F(r.PeakWorkingSetMegabytes));
        table.AddRow("peak managed heap (MB)", string.Empty, string.Empty, F(r.PeakManagedHeapMegabytes));
        table.AddRow("model load (s)", string.Empty, string.Empty, F(r.ModelLoadSeconds, "F2"));
        table.Title(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{Path.GetFileName(r.Clip)} {r.VideoWidth}x{r.VideoHeight} @ {r.VideoFps:0.##} fps → {r.AnalysisWidth}x{r.AnalysisHeight}, {r.Device}")));
        return table;
    }
}
