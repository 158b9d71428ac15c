using System.Diagnostics;
using WebAttention.Cli.Hosting;
using WebAttention.Cli.Output;
using WebAttention.Core.Media;
using WebAttention.Core.Saliency;
using WebAttention.Media.Rendering;
using WebAttention.Reframing;
using WebAttention.Reframing.Export;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Quality;

namespace WebAttention.Cli.Reframe;

/// <summary>What one clip's aspects share: the clip, its focus track, shots and maps, and where to write.</summary>
/// <param name="ClipPath">Full path of the source clip.</param>
/// <param name="Source">Source frame size.</param>
/// <param name="FrameRate">Source frames per second.</param>
/// <param name="Focus">Focus of every frame.</param>
/// <param name="Shots">Shots covering every frame.</param>
/// <param name="Maps">Map of every frame (for the saliency share).</param>
/// <param name="OutputFolder">Where the files go.</param>
internal sealed record ReframeInputs(
    string ClipPath,
    FrameSize Source,
    double FrameRate,
    IReadOnlyList<FrameFocus> Focus,
    IReadOnlyList<Shot> Shots,
    IReadOnlyList<SaliencyMap> Maps,
    string OutputFolder);

/// <summary>Solves, exports, measures and (optionally) renders one aspect of a clip.</summary>
internal sealed class AspectRun(Reframer reframer, IReframeRenderer renderer, CliConsole console)
{
    public async Task<AspectSummary> RunAsync(ReframeInputs inputs, ReframeRequest request, FrameSize exportSize, bool render, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var path = reframer.Reframe(inputs.Focus, inputs.Shots, inputs.Source, inputs.FrameRate, request, cancellationToken);
        var solveSeconds = clock.Elapsed.TotalSeconds;
        var files = new List<string>(await CropPathFiles.WriteAsync(inputs.OutputFolder, path, Path.GetFileName(inputs.ClipPath), cancellationToken).ConfigureAwait(false));
        var quality = ReframeBenchmark.Run(path, inputs.Maps);
        double renderSeconds = 0;
        if (render)
        {
            var video = CropPathFiles.VideoName(request.Aspect);
            var settings = new ExportSettings { OutputPath = Path.Combine(inputs.OutputFolder, video), Width = exportSize.Width, Height = exportSize.Height };
            clock.Restart();
            var frames = path.FrameCount;
            await CountProgressDisplay.RunAsync(console, $"render {request.Aspect}", frames, async done =>
            {
                await renderer.RenderAsync(inputs.ClipPath, path, settings, new CallbackProgress<double>(f => done.Report((long)Math.Round(f * frames))), cancellationToken).ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false);
            renderSeconds = clock.Elapsed.TotalSeconds;
            files.Add(video);
        }

        return new AspectSummary(
            request.Aspect.ToString(),
            files,
            SizeJson.From(exportSize),
            path.HasPadding ? $"{path.Padding} on shot {string.Join(", ", path.Shots.Where(s => s.Padded).Select(s => s.Index + 1))}" : "none",
            [.. path.Shots.Select(s => new ShotSummary(s.Index, s.FirstFrame, s.FrameCount, s.Mode.ToString(), new SizeJson(s.WindowWidth, s.WindowHeight), s.Padded))],
            Round(quality.Path.SaliencyShare),
            Round(quality.CentreCrop.SaliencyShare),
            Round(quality.Greedy.SaliencyShare),
            Round(quality.Path.Jerk),
            Round(quality.Greedy.Jerk),
            Round(solveSeconds),
            Round(renderSeconds));
    }

    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 4) : value;
}
