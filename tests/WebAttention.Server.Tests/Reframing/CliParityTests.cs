using System.Net.Http.Json;
using WebAttention.Cli;
using WebAttention.Cli.Hosting;
using WebAttention.Core;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Export;
using WebAttention.Reframing.Model;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Reframing;

/// <summary>One reframe use case: the CLI and the app give the same crop path for the same clip (same channels, shots, focus and solver).</summary>
public sealed class CliParityTests(ReframeFixture fixture) : IClassFixture<ReframeFixture>
{
    [Fact]
    public async Task The_cli_reframes_a_clip_to_the_same_9x16_path_as_the_server()
    {
        var server = (await fixture.Owner.Http.GetFromJsonAsync<CropPathView>(ApiRoutes.CropPath(fixture.Clip.Id, "9:16")))!;
        var folder = Path.Combine(Path.GetTempPath(), "webattention-parity-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var root = CliApplication.BuildRootCommand(CliConsole.ForWriters(output, error));
            string[] args = ["reframe", await GeneratedClips.MovingDiscAsync(), "--aspect", "9:16", "--no-render", "--out", folder, "--models", ServerFixture.ModelsFolder];
            var code = await root.Parse(args).InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
            Assert.True(code == 0, $"{output}\n{error}");

            var cli = CropPathJson.Deserialize(await File.ReadAllBytesAsync(Path.Combine(folder, CropPathJson.FileName(AspectRatio.Portrait9x16))));
            Assert.Equal(server.Frames.Count, cli.FrameCount);
            Assert.Equal(server.Shots.Select(s => (s.FirstFrame, s.EndFrame)), cli.Shots.Select(s => (s.FirstFrame, s.EndFrame)));
            Assert.Equal(server.Frames.Select(f => (f.X, f.Y, f.W, f.H)), cli.Frames.Select(f => (f.X, f.Y, f.Width, f.Height)));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
