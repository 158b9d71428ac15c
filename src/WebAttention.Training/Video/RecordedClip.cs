using WebAttention.Core.Media;
using WebAttention.Pipeline.Fusion;

namespace WebAttention.Training.Video;

/// <summary>
/// The attention channels of every analysed frame of one clip, as the server's pipeline produced them (decode at analysis
/// size, model, faces, motion, static overlay), with what is needed to turn them into a map a frame again.
/// </summary>
/// <param name="Name">Clip name.</param>
/// <param name="Width">Source width in pixels.</param>
/// <param name="Height">Source height in pixels.</param>
/// <param name="FrameRate">Source frames per second.</param>
/// <param name="FrameCount">Frames decoded.</param>
/// <param name="AnalysedPerSecond">Analysed maps per second of clip time.</param>
/// <param name="Cuts">Frames that start a new shot.</param>
/// <param name="Channels">Channels of the analysed frames, in frame order.</param>
/// <param name="Faces">Faces found in the analysed frames (the reframer's required regions).</param>
public sealed record RecordedClip(
    string Name, int Width, int Height, double FrameRate, long FrameCount, double AnalysedPerSecond, IReadOnlyList<long> Cuts, IReadOnlyList<VideoChannels> Channels, IReadOnlyList<FaceBox> Faces);
