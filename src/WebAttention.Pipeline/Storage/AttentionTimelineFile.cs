using System.Text.Json;
using System.Text.Json.Serialization;
using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Maps;

namespace WebAttention.Pipeline.Storage;

/// <summary>
/// The attention timeline of a finished store, cached as <see cref="FileName"/> beside its maps: computed from the
/// maps on first use (<see cref="AttentionStatistics"/>), read back afterwards while it is newer than the index.
/// </summary>
public static class AttentionTimelineFile
{
    /// <summary>Name of the cache file inside the store folder.</summary>
    public const string FileName = "attention-timeline.json";

    /// <summary>The cached timeline of the store in <paramref name="directory"/>, computing and writing it when missing or stale.</summary>
    /// <exception cref="FileNotFoundException">The store has no index (the run has not finished).</exception>
    public static async Task<AttentionTimelineView> LoadOrComputeAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var cache = Path.Combine(directory, FileName);
        var index = Path.Combine(directory, SaliencyStoreLayout.IndexFile);
        if (File.Exists(cache) && File.GetLastWriteTimeUtc(cache) >= File.GetLastWriteTimeUtc(index))
        {
            await using var read = File.OpenRead(cache);
            var cached = await JsonSerializer.DeserializeAsync(read, AttentionTimelineJsonContext.Default.AttentionTimelineView, cancellationToken).ConfigureAwait(false);
            if (cached is not null)
            {
                return cached;
            }
        }

        var reader = await ChunkedSaliencyReader.OpenAsync(directory, cancellationToken).ConfigureAwait(false);
        var timeline = await AttentionStatistics.TimelineAsync(
            reader.Index,
            async (frame, ct) => await reader.ReadFramesAsync(frame, 1, ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        await WriteAsync(cache, timeline, cancellationToken).ConfigureAwait(false);
        return timeline;
    }

    // Through a temporary file so a concurrent reader never sees half a cache.
    private static async Task WriteAsync(string path, AttentionTimelineView timeline, CancellationToken cancellationToken)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var write = File.Create(temporary))
            {
                await JsonSerializer.SerializeAsync(write, timeline, AttentionTimelineJsonContext.Default.AttentionTimelineView, cancellationToken).ConfigureAwait(false);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

/// <summary>Source-generated serializer for <see cref="AttentionTimelineView"/> (web defaults: camelCase).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AttentionTimelineView))]
internal sealed partial class AttentionTimelineJsonContext : JsonSerializerContext;
