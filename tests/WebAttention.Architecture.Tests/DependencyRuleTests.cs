using NetArchTest.Rules;

namespace WebAttention.Architecture.Tests;

using static ProjectAssemblies;

/// <summary>
/// Dependencies point inward: Server/Cli → Inference/Media/Data/Reframing → Pipeline → Core, and the pure
/// layers never reach for a web, database, process or GPU library (docs/ARCHITECTURE.md, "Dependencies").
/// </summary>
public sealed class DependencyRuleTests
{
    private const string AspNetCore = "Microsoft.AspNetCore";
    private const string EfCore = "Microsoft.EntityFrameworkCore";
    private const string FfmpegCore = "FFMpegCore";
    private const string OnnxRuntime = "Microsoft.ML.OnnxRuntime";
    private const string OrTools = "Google.OrTools";
    private const string MudBlazor = "MudBlazor";

    public static TheoryData<string, string[]> Rules() => new()
    {
        // Core: the shared vocabulary, nothing of ours and no framework beneath it.
        { Core, [.. AllBut(Core), AspNetCore, EfCore, FfmpegCore, OnnxRuntime, OrTools, MudBlazor] },
        // Pipeline: pure stages; no ASP.NET, EF, ffmpeg or ONNX Runtime.
        { Pipeline, [.. AllBut(Core, Pipeline), AspNetCore, EfCore, FfmpegCore, OnnxRuntime, OrTools, MudBlazor] },
        // Reframing: the solver adapter on top of the pure pipeline.
        { Reframing, [.. AllBut(Core, Pipeline, Reframing), AspNetCore, EfCore, FfmpegCore, OnnxRuntime, MudBlazor] },
        // Edges: each talks to its own technology only, never to a host.
        { Inference, [.. AllBut(Core, Pipeline, Inference), AspNetCore, EfCore, FfmpegCore, MudBlazor] },
        // ffmpeg runs one way, through Media/Processes (ToolRunner), not FFMpegCore.
        { Media, [.. AllBut(Core, Pipeline, Media), AspNetCore, EfCore, FfmpegCore, OnnxRuntime, OrTools, MudBlazor] },
        { Data, [.. AllBut(Core, Data), FfmpegCore, OnnxRuntime, OrTools, MudBlazor] },
        // Client runs in the browser: it knows the contracts in Core and nothing of the server's internals.
        { Client, [.. AllBut(Core, Client), EfCore, FfmpegCore, OnnxRuntime, OrTools] },
        // Hosts do not know each other.
        { Cli, [Server, Client, Data, AspNetCore, FfmpegCore, MudBlazor] },
        { Server, [Cli, FfmpegCore] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Assembly_depends_only_on_what_the_architecture_allows(string assembly, string[] forbidden)
    {
        var result = Types.InAssembly(Load(assembly))
            .ShouldNot()
            .HaveDependencyOnAny(forbidden)
            .GetResult();

        var offenders = result.FailingTypes?.Select(t => t.FullName) ?? [];
        Assert.True(result.IsSuccessful, $"{assembly} types with forbidden dependencies: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Every_product_assembly_is_covered_by_a_rule()
    {
        var ruled = Rules().Select(row => (string)row[0]).ToHashSet();

        Assert.Equal(All.Order(), ruled.Order());
    }
}
