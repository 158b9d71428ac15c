using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Fusion;

/// <summary>
/// The face channel's detector: finds faces in analysed frames. Boxes are normalised to the frame
/// (0–1 from the top-left) and carry the frame index they were found in.
/// </summary>
public interface IFaceDetector
{
    /// <summary>Name and version of the detector, for manifests and the UI.</summary>
    string Name { get; }

    /// <summary>Faces in each of <paramref name="frames"/> (all boxes of all frames, in frame order).</summary>
    Task<IReadOnlyList<FaceBox>> DetectAsync(IReadOnlyList<VideoFrame> frames, CancellationToken cancellationToken);
}
