namespace WebAttention.Core.Saliency;

/// <summary>
/// Index of a clip's stored 8-bit saliency maps. Maps live in chunk files of
/// <see cref="ChunkFrames"/> frames each (the last may be shorter); a chunk is the frames'
/// bytes back to back, Width × Height bytes a frame, row-major, 0 = no attention, 255 = the frame's peak.
/// </summary>
public sealed record SaliencyIndex(
    int Version,
    int Width,
    int Height,
    long FrameCount,
    double FrameRate,
    int ChunkFrames,
    string Model,
    string Device,
    IReadOnlyList<SaliencyChunk> Chunks)
{
    /// <summary>Current format version.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Bytes of one map.</summary>
    public int FrameBytes => Width * Height;

    /// <summary>Chunk number holding <paramref name="frame"/>.</summary>
    public int ChunkOf(long frame) => (int)(frame / ChunkFrames);
}

/// <summary>One chunk file of maps: frames [FirstFrame, FirstFrame + FrameCount).</summary>
public sealed record SaliencyChunk(int Number, long FirstFrame, int FrameCount, string File);
