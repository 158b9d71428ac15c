using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebAttention.Core.Reframing;
using WebAttention.Data;
using WebAttention.Media.Rendering;
using WebAttention.Reframing.Export;
using WebAttention.Server.Analysis;
using WebAttention.Server.Jobs;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Reframing;

/// <summary>
/// The export job (one aspect): renders the pinned crop path revision with <see cref="IReframeRenderer"/>
/// and writes the path's JSON, EDL and CSV beside the video. Every file is written aside and moved into
/// place, so a rerun after a crash simply writes them again and downloads never see half a file.
/// </summary>
public sealed class ExportJobHandler(AppDbContext db, MediaPaths paths, CropPathStore store, IReframeRenderer renderer, IOptions<EdlOptions> edlOptions) : IJobHandler
{
    /// <inheritdoc />
    public string Kind => JobKinds.Export;

    /// <inheritdoc />
    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.Job;
        var clip = await db.Clips.AsNoTracking().FirstOrDefaultAsync(c => c.Id == context.ClipId, cancellationToken);
        if (clip is null)
        {
            return;
        }
        var args = JobPayload.Read<ExportJobArgs>(job);
        var aspect = AspectRatio.Parse(job.Aspect ?? throw new InvalidOperationException("An export job needs an aspect."));
        var record = await store.FindAsync(clip.Id, aspect, args.Revision, cancellationToken)
            ?? throw new InvalidOperationException($"Revision {args.Revision} of the {aspect} crop path no longer exists.");
        if (!ReframeInput.TryParsePadding(args.Padding, out var padding, out var error))
        {
            throw new InvalidOperationException(error);
        }
        var path = await store.LoadAsync(record, cancellationToken) with { Padding = padding };

        var folder = paths.ExportFolder(clip.Id, aspect.FileTag);
        Directory.CreateDirectory(folder);
        var video = Path.Combine(folder, ExportFiles.Video.FileName);
        var staging = Path.Combine(folder, "video.partial.mp4");
        var size = ExportSize.AtHeight(args.Height, aspect.Width, aspect.Height);
        var settings = new ExportSettings { OutputPath = staging, Width = size.Width, Height = size.Height };
        var frames = path.FrameCount;
        var clock = Stopwatch.StartNew();
        var rendered = new SynchronousProgress<double>(f =>
        {
            var done = (long)Math.Round(Math.Clamp(f, 0, 1) * frames);
            return context.ReportAsync("render", done, frames, done / Math.Max(1e-6, clock.Elapsed.TotalSeconds), "CPU");
        });
        await context.StageAsync("render", async () =>
        {
            await renderer.RenderAsync(paths.Source(clip.Id), path, settings, rendered, cancellationToken);
            return true;
        });
        File.Move(staging, video, overwrite: true);

        await context.StageAsync("files", async () =>
        {
            var edl = edlOptions.Value with { Title = clip.Title, ClipName = clip.Title };
            await WriteAsync(Path.Combine(folder, ExportFiles.Json.FileName), CropPathJson.Serialize(path), cancellationToken);
            await WriteAsync(Path.Combine(folder, ExportFiles.Edl.FileName), Encoding.UTF8.GetBytes(Cmx3600Edl.Write(path, edl)), cancellationToken);
            await WriteAsync(Path.Combine(folder, ExportFiles.Csv.FileName), Encoding.UTF8.GetBytes(CropPathCsv.Write(path)), cancellationToken);
            return true;
        });
        await context.ReportAsync("render", frames, frames, frames / Math.Max(1e-6, clock.Elapsed.TotalSeconds), "CPU");
    }

    private static async Task WriteAsync(string file, byte[] bytes, CancellationToken cancellationToken)
    {
        var staging = file + ".partial";
        await File.WriteAllBytesAsync(staging, bytes, cancellationToken);
        File.Move(staging, file, overwrite: true);
    }
}
