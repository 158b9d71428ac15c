using System.Text.Json;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Export;

/// <summary>
/// The <c>croppath.&lt;aspect&gt;.json</c> format: <see cref="CropPath"/> as camelCase JSON —
/// <c>version, aspect ("9:16"), sourceWidth, sourceHeight, frameRate, preset, weights{data, velocity,
/// acceleration, jerk, maxSpeed, deadZone, steadyBand, sweepTolerance}, padding ("Blur"|"Solid"),
/// paddingColor, zoom, shots[{index, firstFrame, frameCount, mode ("Steady"|"Track"|"Sweep"), windowWidth,
/// windowHeight, padded}], keyframes[{frame, centerX, centerY}], frames[{x, y, width, height, padded}],
/// focus[{frame, x, y, weight, required{x, y, width, height}|null}]</c>.
/// </summary>
public static class CropPathJson
{
    /// <summary>Highest frame rate a path may have (the most SMPTE timecode counts, see <see cref="Timecode"/>).</summary>
    public const double MaxFrameRate = 1000;

    /// <summary>The file name for an aspect: <c>croppath.9x16.json</c>.</summary>
    public static string FileName(AspectRatio aspect) => $"croppath.{aspect.FileTag}.json";

    /// <summary>Serialises a path.</summary>
    public static byte[] Serialize(CropPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return JsonSerializer.SerializeToUtf8Bytes(path, CropPathJsonContext.Default.CropPath);
    }

    /// <summary>Parses and checks a path.</summary>
    /// <exception cref="InvalidDataException">Not a consistent crop path of a supported version.</exception>
    public static CropPath Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        CropPath? path;
        try
        {
            path = JsonSerializer.Deserialize(utf8Json, CropPathJsonContext.Default.CropPath);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("The crop path is not valid JSON.", ex);
        }

        return Check(path ?? throw new InvalidDataException("The crop path is empty."));
    }

    private static CropPath Check(CropPath path)
    {
        if (path.Version != CropPath.CurrentVersion)
        {
            throw new InvalidDataException($"Crop path version {path.Version} is not supported (expected {CropPath.CurrentVersion}).");
        }

        if (path.SourceWidth <= 0 || path.SourceHeight <= 0 || !(path.FrameRate > 0) || path.Shots is null || path.Frames is null || path.Focus is null || path.Keyframes is null || path.Weights is null)
        {
            throw new InvalidDataException("The crop path has missing or invalid fields.");
        }

        // Exports write timecode, which counts at most 1000 frames a second; a null entry is no shot, focus or keyframe.
        if (path.FrameRate > MaxFrameRate)
        {
            throw new InvalidDataException($"The crop path's frame rate {path.FrameRate} is above {MaxFrameRate} fps.");
        }

        if (path.Shots.Contains(null!) || path.Focus.Contains(null!) || path.Keyframes.Contains(null!))
        {
            throw new InvalidDataException("The crop path has an empty shot, focus or keyframe entry.");
        }

        if (path.Focus.Count != path.Frames.Count)
        {
            throw new InvalidDataException("The crop path needs a focus entry for every frame.");
        }

        long next = 0;
        foreach (var shot in path.Shots)
        {
            if (shot.FirstFrame != next || shot.FrameCount <= 0)
            {
                throw new InvalidDataException("The crop path's shots do not cover its frames in order.");
            }

            next = shot.EndFrame;
        }

        if (next != path.Frames.Count || path.Frames.Any(w => !w.IsInside(path.SourceWidth, path.SourceHeight)))
        {
            throw new InvalidDataException("The crop path's windows do not match its shots or leave the frame.");
        }

        return path;
    }
}
