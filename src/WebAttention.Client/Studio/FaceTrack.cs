using WebAttention.Core.Saliency;

namespace WebAttention.Client.Studio;

/// <summary>
/// A clip's faces ready for the overlay: analysed frames in order and, for any frame, the faces of the nearest
/// analysed frame at or before it. <see cref="Packed"/> is the flat form the overlay's JS module draws from.
/// </summary>
public sealed class FaceTrack
{
    private readonly long[] frames;
    private readonly IReadOnlyList<FaceView>[] faces;

    private FaceTrack(IEnumerable<FrameFacesView> analysed)
    {
        var ordered = analysed.GroupBy(f => f.Frame).Select(g => g.Last()).OrderBy(f => f.Frame).ToArray();
        frames = [.. ordered.Select(f => f.Frame)];
        faces = [.. ordered.Select(f => f.Faces ?? [])];
    }

    /// <summary>No faces anywhere.</summary>
    public static FaceTrack Empty { get; } = new([]);

    /// <summary>Whether no analysed frame has a face.</summary>
    public bool IsEmpty => Array.TrueForAll(faces, f => f.Count == 0);

    /// <summary>The track of <paramref name="view"/> (null: none).</summary>
    public static FaceTrack From(ClipFacesView? view) => view?.Frames is { Count: > 0 } frames ? new(frames) : Empty;

    /// <summary>Position of the nearest analysed frame at or before <paramref name="frame"/>, or −1 when there is none.</summary>
    public int IndexAt(long frame)
    {
        var i = Array.BinarySearch(frames, frame);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>Faces to draw on <paramref name="frame"/>.</summary>
    public IReadOnlyList<FaceView> At(long frame) => IndexAt(frame) is var i and >= 0 ? faces[i] : [];

    /// <summary>
    /// The flat form for JS: analysed frame numbers, for each the index of its first box in <c>Boxes</c>
    /// (plus one final end), and boxes as x, y, w, h (0–1) back to back.
    /// </summary>
    public PackedFaces Packed()
    {
        var starts = new int[frames.Length + 1];
        var boxes = new List<double>();
        for (var i = 0; i < frames.Length; i++)
        {
            starts[i] = boxes.Count / 4;
            foreach (var f in faces[i])
            {
                boxes.AddRange([f.X, f.Y, f.W, f.H]);
            }
        }
        starts[^1] = boxes.Count / 4;
        return new PackedFaces(frames, starts, [.. boxes]);
    }
}

/// <summary>A <see cref="FaceTrack"/> packed for the overlay's JS module.</summary>
/// <param name="Frames">Analysed frame numbers, ascending.</param>
/// <param name="Starts">Index of each frame's first box; one extra entry marks the end.</param>
/// <param name="Boxes">Four numbers a box: x, y, w, h, normalised to the frame.</param>
public sealed record PackedFaces(long[] Frames, int[] Starts, double[] Boxes);
