using System.Text.Json;
using WebAttention.Core.Media;
using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Fusion;

namespace WebAttention.Server.Analysis;

/// <summary>Reads and writes a clip's face track (<see cref="ClipFacesView"/> as JSON, the API's own shape).</summary>
public static class FaceTrackFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Writes <paramref name="track"/> to <paramref name="path"/> (through a temporary file, so readers never see half a file).</summary>
    public static async Task WriteAsync(string path, ClipFacesView track, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, track, Options, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The faces of the track at <paramref name="path"/> as required regions; empty when the clip has no track.</summary>
    /// <exception cref="InvalidDataException">The file is not a whole face track.</exception>
    public static async Task<IReadOnlyList<FaceBox>> ReadFacesAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        ClipFacesView? track;
        await using (var stream = File.OpenRead(path))
        {
            try
            {
                track = await JsonSerializer.DeserializeAsync<ClipFacesView>(stream, Options, cancellationToken);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"Face track '{path}' is not valid JSON.", ex);
            }
        }

        // Null lists or entries threw ArgumentNullException / NullReferenceException below (found by fuzzing).
        if (track?.Frames is null || track.Frames.Any(f => f?.Faces is null || f.Faces.Contains(null!)))
        {
            throw new InvalidDataException($"Face track '{path}' is empty or has empty entries.");
        }

        return FaceTracks.ToFaceBoxes(track);
    }
}
