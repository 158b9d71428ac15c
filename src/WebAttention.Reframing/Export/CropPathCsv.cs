using System.Globalization;
using System.Text;
using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Export;

/// <summary>
/// The crop coordinates as plain data (what AutoFlip users ask for): RFC 4180 CSV, header
/// <c>frame,t,x,y,w,h,padded</c>, one row a frame, t in seconds (frame / fps, 6 decimals), pixels of the source.
/// </summary>
public static class CropPathCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "frame,t,x,y,w,h,padded";

    /// <summary>Writes the CSV (LF line ends, invariant culture).</summary>
    public static string Write(CropPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = new StringBuilder(Header.Length + (path.FrameCount * 32));
        text.Append(Header).Append('\n');
        for (var i = 0; i < path.FrameCount; i++)
        {
            var w = path.Frames[i];
            text.Append(CultureInfo.InvariantCulture, $"{i},{i / path.FrameRate:0.000000},{w.X},{w.Y},{w.Width},{w.Height},{(w.Padded ? 1 : 0)}\n");
        }

        return text.ToString();
    }
}
