using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using WebAttention.Cli.Commands;
using WebAttention.Cli.Evaluation;
using WebAttention.Cli.Hosting;
using WebAttention.Cli.Output;
using WebAttention.Inference.Fusion;
using WebAttention.Training.Datasets;
using WebAttention.Training.Evaluation;
using WebAttention.Training.Video;

namespace WebAttention.Cli.Video;

/// <summary>
/// <c>eval --dataset ascmn</c>: records every video's channels through the server's pipeline (cached), then scores
/// today's image fusion, the fitted video model (<c>video-v1.json</c>), a centre Gaussian and leave-one-viewer-out humans
/// against the viewers' gaze, per video and on the mean over videos.
/// </summary>
internal static class VideoEvalRunner
{
    /// <summary>Default data folder.</summary>
    public static string DefaultRoot { get; } = Path.Combine("..", "shared", "data", "ascmn");

    /// <summary>Row of the image fusion.</summary>
    public const string ImageRow = "image fusion (today)";

    /// <summary>Row of the video model.</summary>
    public const string VideoRow = "video model (video-v1)";

    private static readonly string[] Headers = ["NSS ↑", "CC ↑", "SIM ↑", "KLD ↓", "AUC-Judd ↑", "sAUC ↑"];

    public static async Task<int> RunAsync(CliConsole console, string root, string split, string? json, CliSettings settings, CancellationToken cancellationToken)
    {
        root = InputFiles.RequireFolder(root, "Data folder");
        RequireSplit(split);
        var videos = await AscmnDataset.LoadAsync(root, split, cancellationToken).ConfigureAwait(false);
        if (videos.Count == 0)
        {
            throw new CliInputException($"'{root}' holds no video folders with {AscmnDataset.GazeFile}.");
        }

        var clock = Stopwatch.StartNew();
        await using var host = CliHost.Start(settings);
        using var predictor = await host.CreatePredictorAsync(cancellationToken).ConfigureAwait(false);
        using var detector = AttentionChannels.TryFaceDetector(console, host, cancellationToken);
        var recorder = new ClipRecorder(host.Probe, host.Analyzer, predictor, detector, ClipRecorder.DefaultCacheFolder);
        var image = FusionWeightsFile.LoadEmbedded().Weights;
        var video = VideoFusionWeightsFile.LoadEmbedded();
        console.Out.MarkupLineInterpolated(
            $"Evaluating on {split} of {root}: {videos.Count} videos; maps by {predictor.ModelName} on {predictor.Device}{(detector is null ? " (no faces)" : " + faces")} + motion + static overlay; video model {video.Name}{(video.Fit is null ? " (not fitted)" : string.Empty)}");
        var results = new List<VideoEvalVideo>();
        await CountProgressDisplay.RunAsync(console, "videos", videos.Count, async done =>
        {
            foreach (var v in videos)
            {
                var clip = await recorder.RecordAsync(v.VideoPath, v.Name, cancellationToken).ConfigureAwait(false);
                var (rows, centre, human, frames) = VideoGazeScoring.Score(
                    v, clip.Width, clip.Height, clip.FrameRate, [VideoRows.VideoModel(clip, video.Weights), VideoRows.ImageFusion(clip, image)]);
                results.Add(new VideoEvalVideo(v.Name, frames, [new(VideoRow, rows[0]), new(ImageRow, rows[1]), new(EvalCommand.CentreBiasRow, centre), new("humans (leave one viewer out)", human)]));
                done.Report(results.Count);
            }

            return results;
        }).ConfigureAwait(false);

        var mean = results[0].Rows.Select((row, r) => new EvalRow(row.Name, MetricMean.Of(results.Select(v => v.Rows[r].Scores)))).ToList();
        var report = new VideoEvalReport("ascmn", root, split, predictor.ModelName, predictor.Device, results, mean, Math.Round(clock.Elapsed.TotalSeconds, 1));
        console.Out.Write(Table(results, mean));
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{videos.Count} videos in {report.WallSeconds:F1} s (channels cached in {recorder.CacheFolder})"));
        if (json is not null)
        {
            await JsonFiles.WriteAsync(json, report, cancellationToken).ConfigureAwait(false);
            console.Out.MarkupLineInterpolated($"Wrote {Path.GetFullPath(json)}");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Refuses a split <see cref="AscmnDataset"/> does not know as a usage error.</summary>
    public static void RequireSplit(string split)
    {
        if (!AscmnDataset.Splits.Contains(split))
        {
            throw CliInputException.Usage($"--split must be {string.Join(", ", AscmnDataset.Splits.SkipLast(1))} or {AscmnDataset.Splits[^1]} (was '{split}').");
        }
    }

    private static Table Table(IEnumerable<VideoEvalVideo> videos, IReadOnlyList<EvalRow> mean)
    {
        var table = new Table().AddColumn("video").AddColumn("maps");
        foreach (var header in Headers)
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        void Add(string name, IEnumerable<EvalRow> rows)
        {
            foreach (var row in rows)
            {
                table.AddRow([Markup.Escape(name), Markup.Escape(row.Name), .. row.Scores.Values.Select(v => v.ToString("F3", CultureInfo.InvariantCulture))]);
                name = string.Empty;
            }
        }

        foreach (var v in videos)
        {
            Add($"{v.Video} ({v.Frames} fr)", v.Rows);
        }

        Add("mean", mean);
        return table;
    }
}
