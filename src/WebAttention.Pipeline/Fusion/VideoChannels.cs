namespace WebAttention.Pipeline.Fusion;

/// <summary>
/// The attention channels of one analysed video frame on the model's map grid (row-major, <see cref="Width"/> ×
/// <see cref="Height"/>): the image model's map, the face blobs, the motion map and the static-overlay map. An empty
/// array means the channel is absent for this frame (no faces found, no previous frame for motion).
/// </summary>
/// <param name="Frame">Frame index.</param>
/// <param name="Width">Grid width.</param>
/// <param name="Height">Grid height.</param>
/// <param name="Model">The image model's map.</param>
/// <param name="Face">Face blobs in [0, 1], or empty.</param>
/// <param name="Motion">Motion energy in [0, 1], or empty.</param>
/// <param name="Static">Static-overlay map in [0, 1], or empty.</param>
public sealed record VideoChannels(long Frame, int Width, int Height, float[] Model, float[] Face, float[] Motion, float[] Static)
{
    /// <summary>Throws when a channel's length is neither 0 nor width × height.</summary>
    public void Check()
    {
        var n = Width * Height;
        if (Model.Length != n || Face.Length is not 0 && Face.Length != n || Motion.Length is not 0 && Motion.Length != n || Static.Length is not 0 && Static.Length != n)
        {
            throw new ArgumentException($"Channels of frame {Frame} do not match the {Width}x{Height} grid.");
        }
    }
}
