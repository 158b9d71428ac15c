using System.Globalization;
using StbImageSharp;
using WebAttention.Core.Live;
using WebAttention.Core.Media;

namespace WebAttention.Server.Live;

/// <summary>Checks a live frame against the hub's limits and turns it into packed RGB (JPEG decoded with StbImageSharp).</summary>
public static class LiveFrameDecoder
{
    /// <summary>The frame's size and RGB bytes.</summary>
    /// <exception cref="LiveFrameException">The frame breaks a limit or its bytes are not what it claims.</exception>
    public static (FrameSize Size, byte[] Rgb) Decode(LiveFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Width < 1 || frame.Height < 1 || frame.Width > LiveHubContract.MaxFrameSide || frame.Height > LiveHubContract.MaxFrameSide)
        {
            throw new LiveFrameException(Text($"Frame {frame.Sequence} is {frame.Width}×{frame.Height}; sides must be 1–{LiveHubContract.MaxFrameSide} px."));
        }

        if (frame.Data is null || frame.Data.Length == 0 || frame.Data.Length > LiveHubContract.MaxFrameBytes)
        {
            throw new LiveFrameException(Text($"Frame {frame.Sequence} has {frame.Data?.Length ?? 0} bytes; 1–{LiveHubContract.MaxFrameBytes} are accepted."));
        }

        var size = new FrameSize(frame.Width, frame.Height);
        return frame.Format switch
        {
            LiveFrameFormat.Rgb24 => (size, Raw(frame)),
            LiveFrameFormat.Jpeg => (size, Jpeg(frame)),
            _ => throw new LiveFrameException(Text($"Frame {frame.Sequence} has an unknown format ({(int)frame.Format}).")),
        };
    }

    private static byte[] Raw(LiveFrame frame)
    {
        var expected = frame.Width * frame.Height * 3;
        return frame.Data.Length == expected
            ? frame.Data
            : throw new LiveFrameException(Text($"Frame {frame.Sequence} claims {frame.Width}×{frame.Height} RGB ({expected} bytes) but has {frame.Data.Length}."));
    }

    private static byte[] Jpeg(LiveFrame frame)
    {
        ImageResult image;
        try
        {
            image = ImageResult.FromMemory(frame.Data, ColorComponents.RedGreenBlue);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new LiveFrameException(Text($"Frame {frame.Sequence} is not a readable JPEG ({ex.Message})."), ex);
        }

        return image.Width == frame.Width && image.Height == frame.Height
            ? image.Data
            : throw new LiveFrameException(Text($"Frame {frame.Sequence} claims {frame.Width}×{frame.Height} but its JPEG is {image.Width}×{image.Height}."));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A live frame the server cannot use; the message says why (it reaches the browser).</summary>
public sealed class LiveFrameException : Exception
{
    public LiveFrameException(string message)
        : base(message)
    {
    }

    public LiveFrameException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public LiveFrameException()
    {
    }
}
