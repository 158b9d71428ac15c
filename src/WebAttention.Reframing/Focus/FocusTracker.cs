using WebAttention.Core.Media;
using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Storage;
using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Focus;

/// <summary>Builds the focus track (one <see cref="FrameFocus"/> a frame) from maps and faces.</summary>
public static class FocusTracker
{
    /// <summary>Focus of every map, in order (map i is frame i).</summary>
    public static IReadOnlyList<FrameFocus> FromMaps(IReadOnlyList<SaliencyMap> maps, IReadOnlyList<FaceBox>? faces, FrameSize source, FocusOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(maps);
        ArgumentNullException.ThrowIfNull(options);
        var byFrame = GroupFaces(faces);
        var track = new FrameFocus[maps.Count];
        for (var i = 0; i < maps.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var map = maps[i];
            var salient = SaliencyFocus.Compute(map.Values, map.Width, map.Height, options.MassThreshold);
            track[i] = FocusFusion.Fuse(i, salient, FacesOf(byFrame, i), source, options, Window(map.Values, map.Width, map.Height, options));
        }

        return track;
    }

    /// <summary>Focus of every frame of a chunked 8-bit store, read a chunk at a time (memory stays flat).</summary>
    public static async Task<IReadOnlyList<FrameFocus>> FromStoreAsync(ChunkedSaliencyReader reader, IReadOnlyList<FaceBox>? faces, FrameSize source, FocusOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        var index = reader.Index;
        var byFrame = GroupFaces(faces);
        var track = new FrameFocus[index.FrameCount];
        var batch = Math.Max(1, index.ChunkFrames);
        for (long from = 0; from < index.FrameCount; from += batch)
        {
            var count = (int)Math.Min(batch, index.FrameCount - from);
            var bytes = await reader.ReadFramesAsync(from, count, cancellationToken).ConfigureAwait(false);
            for (var k = 0; k < count; k++)
            {
                var frame = from + k;
                var map = bytes.AsSpan(k * index.FrameBytes, index.FrameBytes);
                var salient = SaliencyFocus.Compute(map, index.Width, index.Height, options.MassThreshold);
                track[frame] = FocusFusion.Fuse(frame, salient, FacesOf(byFrame, frame), source, options, Window(map, index.Width, index.Height, options));
            }
        }

        return track;
    }

    private static WindowFocus? Window(ReadOnlySpan<float> map, int width, int height, FocusOptions options) =>
        options.MassWindowWidth > 0 ? MassWindowFocus.Compute(map, width, height, options.MassWindowWidth, options.MassWindowHeight) : null;

    private static WindowFocus? Window(ReadOnlySpan<byte> map, int width, int height, FocusOptions options)
    {
        if (!(options.MassWindowWidth > 0))
        {
            return null;
        }

        var floats = new float[map.Length];
        for (var i = 0; i < map.Length; i++)
        {
            floats[i] = map[i];
        }

        return Window(floats, width, height, options);
    }

    private static Dictionary<long, List<FaceBox>> GroupFaces(IReadOnlyList<FaceBox>? faces) =>
        (faces ?? []).GroupBy(f => f.Frame).ToDictionary(g => g.Key, g => g.ToList());

    private static List<FaceBox> FacesOf(Dictionary<long, List<FaceBox>> byFrame, long frame) =>
        byFrame.TryGetValue(frame, out var list) ? list : [];
}
