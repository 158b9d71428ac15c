using WebAttention.Core.Media;

namespace WebAttention.Cli.Output;

/// <summary>A width and height as JSON (<c>{"width":384,"height":224}</c>).</summary>
public sealed record SizeJson(int Width, int Height)
{
    /// <summary>Converts a frame size.</summary>
    public static SizeJson From(FrameSize size) => new(size.Width, size.Height);
}
