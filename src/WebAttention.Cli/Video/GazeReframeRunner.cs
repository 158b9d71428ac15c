using System.Globalization;
using Spectre.Console;
using WebAttention.Cli.Commands;
using WebAttention.Cli.Hosting;
using WebAttention.Cli.Output;
using WebAttention.Inference.Fusion;
using WebAttention.Reframing;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Quality;
using WebAttention.Training.Datasets;
using WebAttention.Training.Video;

namespace WebAttention.Cli.Video;

/// <summary>
/// <c>bench-reframe --gaze DIR</c>: per video of an ASCMN-layout folder, the share of viewers' gaze samples inside today's
/// path (image fusion maps), the video model's path, the centre crop and the per-frame oracle window of the same size,
/// ours ÷ oracle, jerk, and the saliency shares beside them.
/// </summary>
internal static class GazeReframeRunner
{
    public static async Task<int> RunAsync(CliConsole console, string root, string split, ReframeRequest request, string? json, CliSettings settings, CancellationToken cancellationToken)
    {
        root = InputFiles.RequireFolder(root, "Gaze folder");
        VideoEvalRunner.RequireSplit(split);
        var videos = await AscmnDataset.LoadAsync(root, split, cancellationToken).ConfigureAwait(false);
        await using var host = CliHost.Start(settings);
        using var predictor = await host.CreatePredictorAsync(cancellationToken).ConfigureAwait(false);
        using var detector = AttentionChannels.TryFaceDetector(console, host, cancellationToken);
        var recorder = new ClipRecorder(host.Probe, host.Analyzer, predictor, detector, ClipRecorder.DefaultCacheFolder);
        var image = FusionWeightsFile.LoadEmbedded().Weights;
        var video = VideoFusionWeightsFile.LoadEmbedded();
        var reframer = host.Reframer;
        var todayRequest = request with { Focus = new FocusOptions() };
        console.Out.MarkupLineInterpolated($"Gaze reframe benchmark, aspect {request.Aspect}, {videos.Count} videos of {root} ({split})");
        var rows = new List<GazeReframeRow>();
        foreach (var v in videos)
        {
            var clip = await recorder.RecordAsync(v.VideoPath, v.Name, cancellationToken).ConfigureAwait(false);
            var gaze = GazeReframe.Points(v);
            var todayMaps = VideoRows.ImageFusion(clip, image);
            var videoMaps = VideoRows.VideoModel(clip, video.Weights);
            var today = GazeReframe.Solve(reframer, clip, todayMaps, todayRequest, cancellationToken);
            var videoRequest = request with { Focus = VideoAttention.WithWindow(video.Focus ?? new FocusOptions(), request.Aspect, new(clip.Width, clip.Height)) };
            var ours = GazeReframe.Solve(reframer, clip, videoMaps, videoRequest, cancellationToken);
            rows.Add(new GazeReframeRow(
                v.Name,
                clip.FrameCount,
                gaze.Count,
                GazeReframe.Measure(today, today.Frames, gaze, todayMaps),
                GazeReframe.Measure(ours, ours.Frames, gaze, videoMaps),
                GazeReframe.Measure(ours, ReframeBaselines.CentreCrop(ours), gaze, videoMaps),
                GazeReframe.Measure(ours, GazeShare.Oracle(ours.Frames, gaze, clip.Width, clip.Height), gaze, videoMaps)));
        }

        console.Out.Write(Table(rows));
        if (json is not null)
        {
            await JsonFiles.WriteAsync(json, new { aspect = request.Aspect.ToString(), root, split, rows }, cancellationToken).ConfigureAwait(false);
            console.Out.MarkupLineInterpolated($"Wrote {Path.GetFullPath(json)}");
        }

        return ExitCodes.Ok;
    }

    private static Table Table(IReadOnlyList<GazeReframeRow> rows)
    {
        string F(double v) => v.ToString("F3", CultureInfo.InvariantCulture);
        var table = new Table().AddColumn("video");
        foreach (var h in new[] { "gaze: today", "video model", "centre", "oracle", "ours ÷ oracle", "jerk today", "jerk ours", "sal. share today", "sal. ours", "sal. centre" })
        {
            table.AddColumn(new TableColumn(h).RightAligned());
        }

        void Add(string name, Func<Func<GazeReframeRow, double>, double> agg)
        {
            table.AddRow(
                name,
                F(agg(r => r.Today.GazeShare)), F(agg(r => r.VideoModel.GazeShare)), F(agg(r => r.CentreCrop.GazeShare)), F(agg(r => r.Oracle.GazeShare)), F(agg(r => r.OursOverOracle)),
                F(agg(r => r.Today.Jerk)), F(agg(r => r.VideoModel.Jerk)), F(agg(r => r.Today.SaliencyShare)), F(agg(r => r.VideoModel.SaliencyShare)), F(agg(r => r.CentreCrop.SaliencyShare)));
        }

        foreach (var row in rows)
        {
            Add($"{row.Video} ({row.Frames} fr, {row.GazeSamples} gaze)", pick => pick(row));
        }

        Add("mean over videos", pick => rows.Average(pick));
        return table;
    }
}
