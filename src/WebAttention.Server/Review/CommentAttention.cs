using WebAttention.Core.Review;
using WebAttention.Pipeline.Storage;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Review;

/// <summary>The attention snapshot a comment keeps: the mean of the stored map under its box at its first frame.</summary>
public sealed class CommentAttention(MediaPaths paths, ILogger<CommentAttention> logger)
{
    /// <summary>0–1, or null when the clip has no maps (not analysed) or the frame is past them.</summary>
    public async Task<double?> AtAsync(Guid clipId, long frame, RegionBox? box, CancellationToken cancellationToken)
    {
        var folder = paths.SaliencyFolder(clipId);
        if (!File.Exists(Path.Combine(folder, SaliencyStoreLayout.IndexFile)))
        {
            return null;
        }
        try
        {
            var reader = await ChunkedSaliencyReader.OpenAsync(folder, cancellationToken);
            var index = reader.Index;
            if (frame < 0 || frame >= index.FrameCount)
            {
                return null;
            }
            var map = await reader.ReadFramesAsync(frame, 1, cancellationToken);
            return Math.Round(RegionAttention.Mean(map, index.Width, index.Height, box), 4);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            logger.LogWarning(e, "No attention snapshot for clip {Clip} frame {Frame}", clipId, frame);
            return null;
        }
    }
}
