namespace WebAttention.Core.Saliency;

/// <summary>
/// Where people are predicted to look in one frame: non-negative values on a grid, row-major.
/// Values are relative (the pipeline normalises them); 8-bit storage scales the frame's peak to 255.
/// </summary>
public sealed record SaliencyMap(long FrameIndex, int Width, int Height, float[] Values)
{
    /// <summary>Value at column <paramref name="x"/>, row <paramref name="y"/>.</summary>
    public float this[int x, int y] => Values[(y * Width) + x];
}
