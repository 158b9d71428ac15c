namespace WebAttention.Core.Saliency;

/// <summary>A face found in an analysed frame, normalised to the frame (0–1 from the top-left).</summary>
public sealed record FaceView(double X, double Y, double W, double H, double Score);

/// <summary>The faces of one analysed frame (possibly none).</summary>
public sealed record FrameFacesView(long Frame, IReadOnlyList<FaceView> Faces);

/// <summary>
/// A clip's face track: every analysed frame in order, with its faces. Between analysed frames the
/// player shows the faces of the nearest analysed frame at or before the playhead.
/// </summary>
/// <param name="Detector">Detector name and version ("" when the clip was analysed without faces).</param>
/// <param name="Frames">Analysed frames in frame order.</param>
public sealed record ClipFacesView(string Detector, IReadOnlyList<FrameFacesView> Frames);
