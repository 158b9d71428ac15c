using System.Diagnostics;
using System.Text.Json;
using WebAttention.Cli.Commands;
using WebAttention.Cli.Tests.Support;
using WebAttention.Testing;

namespace WebAttention.Cli.Tests.Commands;

/// <summary>
/// The CLI as a user ships it: <c>dotnet publish</c> to a folder of its own, run from an unrelated working folder
/// (no repository above it). It must keep its face channel — the BlazeFace model travels in the publish output —
/// and its summary must say which channels ran.
/// </summary>
public sealed class PublishedCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [PublishedFacesFact]
    public async Task The_published_cli_run_from_another_folder_analyses_with_the_face_channel()
    {
        var publish = _folder.Combine("published");
        var (published, publishLog) = await ChildProcess.RunToEndAsync(
            "dotnet", WebAttention.Testing.RepositoryPaths.Root(),
            ["publish", "src/WebAttention.Cli", "-c", "Release", "-o", publish, "-nologo", "-clp:ErrorsOnly"], TimeSpan.FromMinutes(10));
        Assert.True(published == 0, $"dotnet publish failed ({published}):\n{publishLog}");

        var work = _folder.Combine("somewhere-else");
        Directory.CreateDirectory(work);
        await FacePhotos.WriteClipAsync(Path.Combine(work, "face.mp4"));
        var (code, output) = await ChildProcess.RunToEndAsync(
            "dotnet", work,
            [Path.Combine(publish, "webattention.dll"), "analyze", "face.mp4", "--out", "maps", "--fps", "5", .. CliFixture.ModelArgs], TimeSpan.FromMinutes(5));

        Assert.True(code == 0, output);
        Assert.DoesNotContain("no face channel", output, StringComparison.Ordinal);
        Assert.Contains("Channels: model + faces + motion", output, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(work, "maps", AnalyzeCommand.SummaryFile)));
        var channels = summary.RootElement.GetProperty("channels").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(["model", "faces", "motion", "static overlay", "centre"], channels); // a clip runs the video model
        Assert.EndsWith("+faces+motion+video", summary.RootElement.GetProperty("model").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>Needs the BlazeFace model (to publish with the CLI) and the astronaut photo; skipped with the reason when either is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PublishedFacesFactAttribute : FactAttribute
{
    public PublishedFacesFactAttribute()
    {
        Skip = FacePhotos.MissingReason();
    }
}
