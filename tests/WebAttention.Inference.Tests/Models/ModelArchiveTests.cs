using System.IO.Compression;
using WebAttention.Inference.Models;
using WebAttention.Inference.Tests.Support;

namespace WebAttention.Inference.Tests.Models;

public sealed class ModelArchiveTests : IDisposable
{
    private static readonly ModelArchiveLimits Roomy = new(1 << 20);
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void The_two_files_at_the_top_level_are_accepted()
    {
        Assert.Empty(ModelArchive.Problems(["manifest.json", "model.onnx"]));
    }

    [Theory]
    [InlineData("../x", "unsafe path")]
    [InlineData("/etc/passwd", "unsafe path")]
    [InlineData("a/../../x", "unsafe path")]
    [InlineData("C:evil", "unsafe path")]
    [InlineData("dir\\model.onnx", "unsafe path")]
    [InlineData("nested/model.onnx", "not expected")]
    [InlineData("nested/", "is a folder")]
    [InlineData("model.onnx", "appears twice")]
    public void Other_entries_are_refused_with_the_reason(string extra, string reason)
    {
        var problems = ModelArchive.Problems(["model.onnx", "manifest.json", extra]);

        Assert.Contains(problems, p => p.Contains(reason, StringComparison.Ordinal) && p.Contains(extra, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_manifest_is_named()
    {
        Assert.Equal(["manifest.json is missing from the zip."], ModelArchive.Problems(["model.onnx"]));
    }

    [Fact]
    public async Task Extraction_writes_only_the_two_files()
    {
        var zip = WriteZip(("model.onnx", [1, 2, 3]), ("manifest.json", [4]));
        var target = _root.Combine("out");

        await ModelArchive.ExtractAsync(zip, target, Roomy, CancellationToken.None);

        Assert.Equal(["manifest.json", "model.onnx"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(Path.Combine(target, "model.onnx")));
    }

    [Fact]
    public async Task A_zip_that_unpacks_beyond_the_limit_is_refused()
    {
        var zip = WriteZip(("model.onnx", new byte[200_000]), ("manifest.json", [4])); // zeros compress to almost nothing

        var error = await Assert.ThrowsAsync<InvalidModelException>(() =>
            ModelArchive.ExtractAsync(zip, _root.Combine("out"), new ModelArchiveLimits(100_000), CancellationToken.None));

        Assert.Contains("unpacks to more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_zip_is_refused()
    {
        var path = _root.Combine("not.zip");
        await File.WriteAllTextAsync(path, "plain text");

        var error = await Assert.ThrowsAsync<InvalidModelException>(() =>
            ModelArchive.ExtractAsync(path, _root.Combine("out"), Roomy, CancellationToken.None));

        Assert.Contains("not a readable zip", error.Message, StringComparison.Ordinal);
    }

    private string WriteZip(params (string Name, byte[] Bytes)[] entries)
    {
        var path = _root.Combine($"{Guid.NewGuid():N}.zip");
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
            stream.Write(bytes);
        }
        return path;
    }
}
