using NetArchTest.Rules;

namespace WebAttention.Architecture.Tests;

using static ProjectAssemblies;

/// <summary>
/// Dependencies point inward: Server/Cli → Inference/Media/Data → Reframing → Pipeline → Core (the CLI also →
/// Training → Inference/Media), and the pure layers never reach for a web, database, process or GPU library
/// (docs/ARCHITECTURE.md, "Dependencies").
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
        // Reframing: the reframing feature (focus, camera modes, the GLOP solver, crop paths and their exports) on top of
        // the pure pipeline; it never runs ffmpeg (Media renders its paths) and nothing beneath it knows it.
        { Reframing, [.. AllBut(Core, Pipeline, Reframing), AspNetCore, EfCore, FfmpegCore, OnnxRuntime, MudBlazor] },
        // Edges: each talks to its own technology only, never to a host.
        { Inference, [.. AllBut(Core, Pipeline, Reframing, Inference), AspNetCore, EfCore, FfmpegCore, MudBlazor] },
        // ffmpeg runs through Media/Processes; FFMpegCore is used there and nowhere else.
        { Media, [.. AllBut(Core, Pipeline, Reframing, Media), AspNetCore, EfCore, OnnxRuntime, OrTools, MudBlazor] },
        { Data, [.. AllBut(Core, Data), FfmpegCore, OnnxRuntime, OrTools, MudBlazor] },
        // Client runs in the browser: it knows the contracts in Core and nothing of the server's internals.
        { Client, [.. AllBut(Core, Client), EfCore, FfmpegCore, OnnxRuntime, OrTools] },
        // Training: fitting and evaluation for the CLI, on top of the runtime edges; no host, web, database or solver, and
        // ffmpeg only through Media.
        { Training, [Server, Client, Data, Cli, AspNetCore, EfCore, FfmpegCore, OrTools, MudBlazor] },
        // Hosts do not know each other; the server runs what Inference holds and never the training code.
        { Cli, [Server, Client, Data, AspNetCore, FfmpegCore, MudBlazor, Worker] },
        { Server, [Cli, Training, FfmpegCore, Worker] },
        // The worker host only composes the server's job code (AddWebAttentionWorker); it has no code of its own.
        { Worker, [Cli, Training, Client, Data, EfCore, FfmpegCore, OnnxRuntime, OrTools, MudBlazor] },
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
    public void Reframing_builds_on_the_pipeline_and_the_pipeline_never_on_reframing()
    {
        var pipelineOnReframing = Types.InAssembly(Load(Pipeline)).ShouldNot().HaveDependencyOn(Reframing).GetResult();
        var reframingOnPipeline = Types.InAssembly(Load(Reframing)).That().HaveDependencyOn(Pipeline).GetTypes();

        Assert.True(pipelineOnReframing.IsSuccessful, $"Pipeline types using reframing: {Offenders(pipelineOnReframing)}");
        Assert.NotEmpty(reframingOnPipeline);
    }

    [Theory]
    [InlineData(Media, new[] { "WebAttention.Media.Rendering", "WebAttention.Media.DependencyInjection" })]
    [InlineData(Server, new[] { "WebAttention.Server.Reframing" })]
    public void Reframing_is_used_from_one_folder_of_each_edge(string assembly, string[] homes)
    {
        var outside = Types.InAssembly(Load(assembly)).That().HaveDependencyOn(Reframing).GetTypes()
            .Where(t => !homes.Any(h => (t.Namespace ?? string.Empty).StartsWith(h, StringComparison.Ordinal)))
            .Select(t => t.FullName);

        Assert.Empty(outside);
    }

    [Fact]
    public void Within_media_only_the_processes_folder_uses_FFMpegCore()
    {
        // ffmpeg jobs run through one FFMpegCore runner (Media/Processes/FfmpegJob); nothing else in Media touches it.
        var result = Types.InAssembly(Load(Media))
            .That().DoNotResideInNamespace("WebAttention.Media.Processes")
            .ShouldNot().HaveDependencyOn(FfmpegCore)
            .GetResult();
        var users = Types.InAssembly(Load(Media)).That().HaveDependencyOn(FfmpegCore).GetTypes();

        Assert.True(result.IsSuccessful, $"Media types using FFMpegCore outside WebAttention.Media.Processes: {Offenders(result)}");
        Assert.NotEmpty(users);
    }

    [Fact]
    public void Every_product_assembly_is_covered_by_a_rule()
    {
        var ruled = Rules().Select(row => (string)row[0]).ToHashSet();

        Assert.Equal(All.Order(), ruled.Order());
    }

    private static string Offenders(TestResult result) => string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []);
}
