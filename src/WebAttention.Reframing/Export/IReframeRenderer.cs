using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Export;

/// <summary>Renders a reframed video from a source clip and its <see cref="CropPath"/>.</summary>
public interface IReframeRenderer
{
    /// <summary>
    /// Writes the reframed MP4: every frame cropped to its window (frame-exact), scaled to the export size,
    /// letterboxed over a blurred or solid background where the path records padding, audio kept.
    /// </summary>
    /// <param name="sourcePath">The source clip the path was solved for.</param>
    /// <param name="path">The crop path.</param>
    /// <param name="settings">Output path, size and encoder settings.</param>
    /// <param name="progress">Receives 0–1.</param>
    /// <param name="cancellationToken">Stops ffmpeg.</param>
    Task RenderAsync(string sourcePath, CropPath path, ExportSettings settings, IProgress<double>? progress, CancellationToken cancellationToken);
}
