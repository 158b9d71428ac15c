using WebAttention.Inference.Faces;

namespace WebAttention.Inference.Tests.Support;

/// <summary>The BlazeFace model and the face photo the face tests need, and why a test skips without them.</summary>
public static class FaceAssets
{
    /// <summary>Repository root (tests run below it).</summary>
    public static string Root { get; } = RepositoryPaths.FindRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();

    /// <summary>astronaut.png (python3-skimage data, public domain), fetched by scripts/fetch-test-assets.sh.</summary>
    public static string Astronaut { get; } = Path.Combine(Root, ".cache", "test-assets", "astronaut.png");

    /// <summary>The BlazeFace model file fetched by scripts/fetch-web-deps.sh.</summary>
    public static string Model { get; } = Path.Combine(Root, BlazeFaceModelFile.RelativeFolder, BlazeFaceModelFile.FileName);

    /// <summary>Why the model is unusable, or null.</summary>
    public static string? ModelMissing => File.Exists(Model) ? null : $"BlazeFace model not found at {Model}; run `bash scripts/fetch-web-deps.sh`.";

    /// <summary>Why the photo is unusable, or null.</summary>
    public static string? PhotoMissing => File.Exists(Astronaut) ? null : $"Face photo not found at {Astronaut}; run `bash scripts/fetch-test-assets.sh`.";
}

/// <summary>A fact that needs the BlazeFace model; skipped with the reason when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FaceModelFactAttribute : FactAttribute
{
    public FaceModelFactAttribute() => Skip = FaceAssets.ModelMissing;
}

/// <summary>A fact that needs the BlazeFace model and the face photo; skipped with the reason when either is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FacePhotoFactAttribute : FactAttribute
{
    public FacePhotoFactAttribute() => Skip = FaceAssets.ModelMissing ?? FaceAssets.PhotoMissing;
}
