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
using WebAttention.Pipeline.Storage;

namespace WebAttention.Cli.Reframe;

/// <summary>
/// Gets the maps of a clip for <c>reframe</c>: reuses the store in <c>DIR/saliency</c> when it holds the clip's frame
/// count (no model load at all), else runs the attention pipeline into a fresh <see cref="ChunkedSaliencyStore"/> there
/// with the channels the server fuses (<see cref="VideoAttention"/>: faces, motion, static overlay, the video model's
/// smoothing), and keeps the faces found beside it (<see cref="FacesFile"/>) as the reframer's required regions.
/// </summary>
internal static class AnalysisCache
{
    /// <summary>File of the faces found, inside the store folder.</summary>
    public const string FacesFile = "faces.json";

    /// <summary>The store's reader, the faces found, whether it was reused, and the seconds spent analysing (0 when reused).</summary>
    public static async Task<(ChunkedSaliencyReader Reader, IReadOnlyList<FaceBox> Faces, bool Reused, double Seconds)> EnsureAsync(
        CliHost host, CliConsole console, string clip, long frames, double frameRate, AnalysisOptions options, string folder, CancellationToken cancellationToken)
    {
        var facesPath = Path.Combine(folder, FacesFile);
        if (File.Exists(facesPath) && await StoredAnalysis.TryOpenAsync(folder, frames, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return (existing, await ReadFacesAsync(facesPath, cancellationToken).ConfigureAwait(false), true, 0);
        }

        var clock = Stopwatch.StartNew();
        StoredAnalysis.Clear(folder);
        File.Delete(facesPath);
        using var model = await host.CreatePredictorAsync(cancellationToken).ConfigureAwait(false);
        using var detector = AttentionChannels.TryFaceDetector(console, host, cancellationToken);
        var predictor = AttentionChannels.FuseClip(model, detector);
        console.Out.MarkupLineInterpolated($"Analysing {frames} frames on {predictor.Device}, model {predictor.ModelName}, into {folder}");
        var store = new ChunkedSaliencyStore(folder, new SaliencyStoreHeader(frameRate, predictor.ModelName, predictor.Device));
        await using (store.ConfigureAwait(false))
        {
            await PipelineProgressDisplay.RunAsync(
                console,
                frames,
                progress => host.Analyzer.AnalyzeAsync(clip, predictor, store, VideoAttention.OptionsFor(options, frameRate), progress, cancellationToken)).ConfigureAwait(false);
        }

        await File.WriteAllTextAsync(facesPath, JsonSerializer.Serialize(predictor.FaceTrack()), cancellationToken).ConfigureAwait(false);

        var reader = await ChunkedSaliencyReader.OpenAsync(folder, cancellationToken).ConfigureAwait(false);
        if (reader.Index.FrameCount != frames)
        {
            throw new InvalidDataException($"The analysis wrote {reader.Index.FrameCount} maps but the clip decoded to {frames} frames.");
        }

        return (reader, predictor.Faces, false, clock.Elapsed.TotalSeconds);
    }

    private static async Task<IReadOnlyList<FaceBox>> ReadFacesAsync(string path, CancellationToken cancellationToken)
    {
        var track = JsonSerializer.Deserialize<ClipFacesView>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false))
            ?? throw new InvalidDataException($"'{path}' holds no face track.");
        return FaceTracks.ToFaceBoxes(track);
    }
}
