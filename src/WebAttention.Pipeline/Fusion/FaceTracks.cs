using WebAttention.Core.Media;
using WebAttention.Core.Saliency;

namespace WebAttention.Pipeline.Fusion;

/// <summary>Converts between faces found in a run and a clip's face track (<see cref="ClipFacesView"/>). Pure.</summary>
public static class FaceTracks
{
    /// <summary>
    /// The track of a run: every one of <paramref name="analysedFrames"/> once, in frame order, with the faces
    /// found in it (none for frames without faces); faces of frames not analysed are ignored.
    /// </summary>
    public static ClipFacesView Build(string detector, IEnumerable<long> analysedFrames, IEnumerable<FaceBox> faces)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(analysedFrames);
        ArgumentNullException.ThrowIfNull(faces);
        var byFrame = faces.GroupBy(f => f.Frame).ToDictionary(g => g.Key, g => g.ToList());
        var frames = analysedFrames.Distinct().Order()
            .Select(frame => new FrameFacesView(
                frame,
                byFrame.TryGetValue(frame, out var found)
                    ? found.Select(f => new FaceView(f.X, f.Y, f.W, f.H, f.Score)).ToList()
                    : []))
            .ToList();
        return new ClipFacesView(detector, frames);
    }

    /// <summary>The faces of a stored track as the reframer's required regions.</summary>
    public static List<FaceBox> ToFaceBoxes(ClipFacesView track)
    {
        ArgumentNullException.ThrowIfNull(track);
        return track.Frames.SelectMany(f => f.Faces.Select(face => new FaceBox(f.Frame, face.X, face.Y, face.W, face.H, face.Score))).ToList();
    }
}
