using System.Diagnostics;
using Spectre.Console;
using WebAttention.Cli.Hosting;
using WebAttention.Cli.Output;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Storage;

namespace WebAttention.Cli.Reframe;

/// <summary>
/// Gets the maps of a clip for <c>reframe</c>: reuses the store in <c>DIR/saliency</c> when it holds the clip's frame
/// count (no model load at all), else runs the attention pipeline (model fused with faces and motion, as the server does) into a fresh <see cref="ChunkedSaliencyStore"/> there.
/// </summary>
internal static class AnalysisCache
{
    /// <summary>The store's reader, whether it was reused, and the seconds spent analysing (0 when reused).</summary>
    public static async Task<(ChunkedSaliencyReader Reader, bool Reused, double Seconds)> EnsureAsync(
        CliHost host, CliConsole console, string clip, long frames, double frameRate, AnalysisOptions options, string folder, CancellationToken cancellationToken)
    {
        if (await StoredAnalysis.TryOpenAsync(folder, frames, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return (existing, true, 0);
        }

        var clock = Stopwatch.StartNew();
        StoredAnalysis.Clear(folder);
        using var model = await host.CreatePredictorAsync(cancellationToken).ConfigureAwait(false);
        using var faces = AttentionChannels.TryFaceDetector(console, host, cancellationToken);
        var predictor = AttentionChannels.Fuse(model, faces);
        console.Out.MarkupLineInterpolated($"Analysing {frames} frames on {predictor.Device}, model {predictor.ModelName}, into {folder}");
        var store = new ChunkedSaliencyStore(folder, new SaliencyStoreHeader(frameRate, predictor.ModelName, predictor.Device));
        await using (store.ConfigureAwait(false))
        {
            await PipelineProgressDisplay.RunAsync(
                console,
                frames,
                progress => host.Analyzer.AnalyzeAsync(clip, predictor, store, options, progress, cancellationToken)).ConfigureAwait(false);
        }

        var reader = await ChunkedSaliencyReader.OpenAsync(folder, cancellationToken).ConfigureAwait(false);
        if (reader.Index.FrameCount != frames)
        {
            throw new InvalidDataException($"The analysis wrote {reader.Index.FrameCount} maps but the clip decoded to {frames} frames.");
        }

        return (reader, false, clock.Elapsed.TotalSeconds);
    }
}
