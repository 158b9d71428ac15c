using System.Diagnostics;
using System.Text.Json;
using Spectre.Console;
using WebAttention.Cli.Hosting;
using WebAttention.Cli.Output;
using WebAttention.Core.Media;
using WebAttention.Core.Saliency;
using WebAttention.Inference.Fusion;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Fusion;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Storage;

namespace WebAttention.Cli.Reframe;

/// <summary>
/// Gets the maps of a clip for <c>reframe</c>: reuses the store in <c>DIR/saliency</c> when it holds the clip's frame
/// count (no model load at all), else runs the attention pipeline into a fresh <see cref="ChunkedSaliencyStore"/> there
/// with the channels the server fuses (<see cref="VideoAttention"/>: faces, motion, static overlay, the video model's
/// smoothing), and keeps the faces found beside it (<see cref="FacesFile"/>) as the reframer's required regions and the
/// shots the analysis found on every frame (<see cref="ShotListFile"/>), so shots are never detected in a second decode.
/// </summary>
internal static class AnalysisCache
{
    /// <summary>File of the faces found, inside the store folder.</summary>
    public const string FacesFile = "faces.json";

    /// <summary>
    /// The store's reader, the faces found, the shots, whether it was reused, and the seconds spent analysing (0 when reused).
    /// A store is reused when its index, faces and shots are valid and it holds <paramref name="info"/>'s frame count.
    /// </summary>
    public static async Task<(ChunkedSaliencyReader Reader, IReadOnlyList<FaceBox> Faces, ShotList Shots, bool Reused, double Seconds)> EnsureAsync(
        CliHost host, CliConsole console, string clip, VideoInfo info, AnalysisOptions options, string folder, CancellationToken cancellationToken)
    {
        var facesPath = Path.Combine(folder, FacesFile);
        if (File.Exists(facesPath)
            && await StoredAnalysis.TryOpenAsync(folder, info.FrameCount, cancellationToken).ConfigureAwait(false) is { } existing
            && await StoredAnalysis.TryReadShotsAsync(folder, existing.Index.FrameCount, cancellationToken).ConfigureAwait(false) is { } storedShots)
        {
            return (existing, await ReadFacesAsync(facesPath, cancellationToken).ConfigureAwait(false), storedShots, true, 0);
        }

        var clock = Stopwatch.StartNew();
        StoredAnalysis.Clear(folder);
        File.Delete(facesPath);
        using var model = await host.CreatePredictorAsync(cancellationToken).ConfigureAwait(false);
        using var detector = AttentionChannels.TryFaceDetector(console, host, cancellationToken);
        var predictor = AttentionChannels.FuseClip(model, detector);
        console.Out.MarkupLineInterpolated($"Analysing {info.FrameCount} frames on {predictor.Device}, model {predictor.ModelName}, into {folder}");
        var store = new ChunkedSaliencyStore(folder, new SaliencyStoreHeader(info.FrameRate, predictor.ModelName, predictor.Device));
        PipelineResult result;
        await using (store.ConfigureAwait(false))
        {
            result = await PipelineProgressDisplay.RunAsync(
                console,
                info.FrameCount,
                progress => host.Analyzer.AnalyzeAsync(clip, info, predictor, store, VideoAttention.OptionsFor(options, info.FrameRate), progress, cancellationToken)).ConfigureAwait(false);
        }

        await File.WriteAllTextAsync(facesPath, JsonSerializer.Serialize(predictor.FaceTrack()), cancellationToken).ConfigureAwait(false);
        var shots = ShotList.From(result.ShotCuts, result.Frames);
        await ShotListFile.WriteAsync(folder, shots, cancellationToken).ConfigureAwait(false);

        var reader = await ChunkedSaliencyReader.OpenAsync(folder, cancellationToken).ConfigureAwait(false);
        return (reader, predictor.Faces, shots, false, clock.Elapsed.TotalSeconds);
    }

    private static async Task<IReadOnlyList<FaceBox>> ReadFacesAsync(string path, CancellationToken cancellationToken)
    {
        var track = JsonSerializer.Deserialize<ClipFacesView>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false))
            ?? throw new InvalidDataException($"'{path}' holds no face track.");
        return FaceTracks.ToFaceBoxes(track);
    }
}
