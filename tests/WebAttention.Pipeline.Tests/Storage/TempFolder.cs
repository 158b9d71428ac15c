namespace WebAttention.Pipeline.Tests.Storage;

/// <summary>A fresh folder under the system temp path, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("wa-saliency-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
