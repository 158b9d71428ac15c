using Spectre.Console;
using WebAttention.Cli.Commands;
using WebAttention.Cli.Hosting;
using WebAttention.Core.Reframing;
using WebAttention.Inference.Fusion;
using WebAttention.Reframing;
using WebAttention.Reframing.Model;
using WebAttention.Inference;
using WebAttention.Training.Datasets;
using WebAttention.Training.Video;

namespace WebAttention.Cli.Video;

/// <summary>
/// <c>train --stage video</c>: records the ASCMN fit and val videos through the server's pipeline (cached), fits the
/// video model on the fit videos (<see cref="VideoModelFitter"/>) and writes <c>video-v1.json</c> with its training record.
/// </summary>
internal static class VideoTrainRunner
{
    public static async Task RunAsync(CliConsole console, string? root, string? output, CliSettings settings, CancellationToken cancellationToken)
    {
        root = InputFiles.RequireFolder(root ?? VideoEvalRunner.DefaultRoot, "ASCMN folder");
        var target = output ?? (RepositoryPaths.FindRoot() is { } repository
            ? VideoFusionWeightsFile.SourcePath(repository)
            : throw CliInputException.Usage("Not in a source checkout: give --video-out FILE."));
        var fitVideos = await AscmnDataset.LoadAsync(root, "fit", cancellationToken).ConfigureAwait(false);
        var valVideos = await AscmnDataset.LoadAsync(root, "val", cancellationToken).ConfigureAwait(false);
        await using var host = CliHost.Start(settings);
        using var predictor = await host.CreatePredictorAsync(cancellationToken).ConfigureAwait(false);
        using var detector = AttentionChannels.TryFaceDetector(console, host, cancellationToken);
        var recorder = new ClipRecorder(host.Probe, host.Analyzer, predictor, detector, ClipRecorder.DefaultCacheFolder);
        async Task<List<(GazeVideo, RecordedClip)>> RecordAll(IReadOnlyList<GazeVideo> videos)
        {
            var list = new List<(GazeVideo, RecordedClip)>();
            foreach (var v in videos)
            {
                console.Out.WriteLine($"recording {v.Name}");
                list.Add((v, await recorder.RecordAsync(v.VideoPath, v.Name, cancellationToken).ConfigureAwait(false)));
            }

            return list;
        }

        var fit = await RecordAll(fitVideos).ConfigureAwait(false);
        var val = await RecordAll(valVideos).ConfigureAwait(false);
        var (weights, record) = VideoModelFitter.Fit(fit, val, FusionWeightsFile.LoadEmbedded().Weights, console.Out.WriteLine);
        var request = new ReframeRequest(new AspectRatio(9, 16));
        var (focus, share) = FocusKnobFitter.Fit(host.Reframer, fit, weights, request, console.Out.WriteLine, cancellationToken);
        var document = new VideoFusionDocument
        {
            Name = VideoFusionWeightsFile.DefaultName,
            Weights = weights,
            Focus = focus,
            Fit = record with { FocusMethod = $"focus knobs on a grid (best-mass window × centre margin [{string.Join(", ", FocusKnobFitter.CentreMargins)}], or centroid × centre weight [{string.Join(", ", FocusKnobFitter.CentreWeights)}]; × confidence power [{string.Join(", ", FocusKnobFitter.ConfidencePowers)}]) by the mean gaze share of the solved 9:16 path on the fit videos: {share:0.0000}" },
        };
        await File.WriteAllTextAsync(target, VideoFusionWeightsFile.ToJson(document), cancellationToken).ConfigureAwait(false);
        console.Out.MarkupLineInterpolated(
            $"[green]Video model[/]: {weights}; fit log-lik {record.FitLogLikelihoodImageFusion:0.0000} → {record.FitLogLikelihoodVideo:0.0000}, val {record.ValLogLikelihoodImageFusion:0.0000} → {record.ValLogLikelihoodVideo:0.0000} (uniform {record.LogLikelihoodUniform:0.0000})");
        console.Out.WriteLine($"Video weights: {target}");
    }
}
