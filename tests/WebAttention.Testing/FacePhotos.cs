using System.Diagnostics;

namespace WebAttention.Testing;

/// <summary>
/// A real face for face-channel tests: <c>astronaut.png</c> (NASA, public domain) from Debian's python3-skimage,
/// fetched by <c>scripts/fetch-test-assets.sh</c>, and the BlazeFace model fetched by <c>scripts/fetch-web-deps.sh</c>.
/// </summary>
public static class FacePhotos
{
    /// <summary>The 512² photo; the face's centre is at ≈ (222, 125).</summary>
    public static readonly string Astronaut = Path.Combine(RepositoryPaths.Root(), ".cache", "test-assets", "astronaut.png");

    /// <summary>The BlazeFace ONNX file the server uses.</summary>
    public static readonly string FaceModel = Path.Combine(RepositoryPaths.Root(), "wwwroot", "lib", "blazeface", "face_detection_back_256x256_barracuda.onnx");

    /// <summary>Why face tests cannot run here, or null when the photo and the model are both present.</summary>
    public static string? MissingReason() =>
        File.Exists(FaceModel) && File.Exists(Astronaut)
            ? null
            : $"Needs {FaceModel} (bash scripts/fetch-web-deps.sh) and {Astronaut} (bash scripts/fetch-test-assets.sh).";

    /// <summary>
    /// A 2 s, 25 fps, 960×540 H.264 clip of the photo on grey (face centre ≈ (446, 139)), written to
    /// <paramref name="path"/> by ffmpeg.
    /// </summary>
    public static async Task WriteClipAsync(string path, CancellationToken cancellationToken = default)
    {
        string[] args = ["-v", "error", "-loop", "1", "-i", Astronaut, "-t", "2", "-r", "25", "-vf", "pad=960:540:224:14:gray",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-movflags", "+faststart", "-y", path];
        using var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg", args) { RedirectStandardError = true })!;
        var errors = await ffmpeg.StandardError.ReadToEndAsync(cancellationToken);
        await ffmpeg.WaitForExitAsync(cancellationToken);
        if (ffmpeg.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg could not make the face clip: {errors}");
        }
    }
}
