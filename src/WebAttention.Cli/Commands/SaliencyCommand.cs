using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using WebAttention.Cli.Hosting;
using WebAttention.Inference.Fusion;
using WebAttention.Cli.Images;
using WebAttention.Training.Images;
using WebAttention.Cli.Output;
using WebAttention.Core.Media;
using WebAttention.Media.Images;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Maps;

namespace WebAttention.Cli.Commands;

/// <summary>
/// <c>webattention saliency --images DIR --out DIR</c>: one PNG per image, same base name, same size as the image.
/// Both fuse the model with the face channel (and clips with the motion channel) as the server does.
/// <c>webattention saliency CLIP --out DIR</c>: one PNG per frame (<c>0001.png</c>, …) at the frame's size.
/// </summary>
public static class SaliencyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var clip = new Argument<string?>("CLIP") { Description = "Video file (or use --images).", Arity = ArgumentArity.ZeroOrOne };
        var images = new Option<string?>("--images") { Description = "Folder of images (.jpg, .jpeg, .png, .bmp, .tga).", HelpName = "DIR" };
        var output = new Option<string>("--out", "-o") { Description = "Output folder.", Required = true, HelpName = "DIR" };
        var fps = new Option<double?>("--fps") { Description = "For a clip: frames analysed per second of clip time. Default 5.", HelpName = "N" };
        var common = new CommonOptions();
        var command = new Command("saliency", "Saliency maps at full size: one 8-bit grayscale PNG per image (same name) or per frame of a clip.");
        command.Arguments.Add(clip);
        command.Options.Add(images);
        command.Options.Add(output);
        command.Options.Add(fps);
        common.AddTo(command);
        command.SetAction((parse, token) => CommandRunner.RunAsync(
            console,
            ct =>
            {
                var (clipPath, imageFolder) = (parse.GetValue(clip), parse.GetValue(images));
                if ((clipPath is null) == (imageFolder is null))
                {
                    throw CliInputException.Usage("Give either a CLIP or --images DIR (exactly one).");
                }

                return imageFolder is not null
                    ? ImagesAsync(console, imageFolder, parse.GetValue(output)!, common.Read(parse), ct)
                    : ClipAsync(console, clipPath!, parse.GetValue(output)!, parse.GetValue(fps), common.Read(parse), ct);
            },
            token));
        return command;
    }

    private static async Task<int> ImagesAsync(CliConsole console, string imageFolder, string outputPath, CliSettings settings, CancellationToken cancellationToken)
    {
        var source = InputFiles.RequireFolder(imageFolder, "Image folder");
        var files = Directory.EnumerateFiles(source)
            .Where(f => ImageFiles.Extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new CliInputException($"No images ({string.Join(", ", ImageFiles.Extensions)}) in '{imageFolder}'.");
        }

        var clash = files.GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new CliInputException($"Images {string.Join(" and ", clash.Select(Path.GetFileName))} would both write {clash.Key}.png.");
        }

        var folder = InputFiles.OutputFolder(outputPath);
        await using var host = CliHost.Start(settings);
        using var predictor = await host.CreatePredictorAsync(cancellationToken).ConfigureAwait(false);
        using var faces = AttentionChannels.TryFaceDetector(console, host, cancellationToken);
        console.Out.MarkupLineInterpolated($"Saliency of {files.Count} images on {predictor.Device}, model {AttentionChannels.Fuse(predictor, faces).ModelName}");
        foreach (var file in files)
        {
            // A fresh fusion per image: unrelated images must not be compared for motion.
            var images = new ImagePredictor(AttentionChannels.Fuse(predictor, faces));
            var image = await ImageFiles.ReadRgbAsync(file, cancellationToken).ConfigureAwait(false);
            var map = await images.PredictAsync(image, cancellationToken).ConfigureAwait(false);
            var target = Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + ".png");
            await GrayPng.WriteFileAsync(target, MapQuantizer.ToBytes(map), image.Size.Width, image.Size.Height, cancellationToken).ConfigureAwait(false);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)} -> {Path.GetFileName(target)} ({image.Size})"));
        }

        console.Out.WriteLine(AttentionChannels.Describe(AttentionChannels.Fuse(predictor, faces)));
        console.Out.MarkupLineInterpolated($"Wrote {files.Count} PNGs to {folder}");
        return ExitCodes.Ok;
    }

    private static async Task<int> ClipAsync(CliConsole console, string clipPath, string outputPath, double? fps, CliSettings settings, CancellationToken cancellationToken)
    {
        var clip = InputFiles.RequireFile(clipPath, "Clip");
        var options = new AnalysisOptions { TargetFramesPerSecond = fps ?? new AnalysisOptions().TargetFramesPerSecond };
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw CliInputException.Usage($"--fps: {string.Join(" ", problems)}");
        }

        await using var host = CliHost.Start(settings);
        var info = await host.Probe.GetVideoInfoAsync(clip, cancellationToken).ConfigureAwait(false);
        using var predictor = await host.CreatePredictorAsync(cancellationToken).ConfigureAwait(false);
        using var faces = AttentionChannels.TryFaceDetector(console, host, cancellationToken);
        var fused = AttentionChannels.FuseClip(predictor, faces);
        var folder = InputFiles.OutputFolder(outputPath);
        OutputFolder.RemovePreviousRun(folder);
        var frameSize = new FrameSize(info.Width, info.Height);
        var sink = new PngFolderSink(folder, PngFolderSink.DigitsFor(info.FrameCount), frameSize);
        console.Out.MarkupLineInterpolated($"Saliency of {Path.GetFileName(clip)} ({frameSize}, {info.FrameCount} frames) on {predictor.Device}, model {fused.ModelName}");
        var result = await PipelineProgressDisplay.RunAsync(
            console,
            info.FrameCount,
            progress => host.Analyzer.AnalyzeAsync(clip, info, fused, sink, VideoAttention.OptionsFor(options, info.FrameRate), progress, cancellationToken)).ConfigureAwait(false);
        console.Out.WriteLine(AttentionChannels.Describe(fused));
        console.Out.MarkupLineInterpolated(
            $"Wrote {sink.Written} PNGs ({frameSize}) to {folder} in {result.Elapsed.TotalSeconds:F2} s");
        return ExitCodes.Ok;
    }
}
