using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WebAttention.Inference;
using WebAttention.Inference.Prediction;
using WebAttention.Media.Analysis;
using WebAttention.Media.Configuration;
using WebAttention.Media.Decoding;
using WebAttention.Media.DependencyInjection;
using WebAttention.Media.Probing;
using WebAttention.Reframing;
using WebAttention.Reframing.DependencyInjection;
using WebAttention.Reframing.Export;

namespace WebAttention.Cli.Hosting;

/// <summary>
/// The services one command run needs, composed with <c>AddMedia</c>, <c>AddInference</c> and <c>AddReframing</c> (as the server). Configuration,
/// lowest to highest precedence: built-in defaults (<see cref="Defaults"/>), environment variables prefixed
/// <see cref="EnvironmentPrefix"/> (<c>WEBATTENTION_Media__Ffmpeg__BinaryFolder=/opt/ffmpeg/bin</c>), command-line options.
/// Options are validated when the host starts. Logs (warnings; model composition at information) go to stderr.
/// </summary>
public sealed class CliHost : IAsyncDisposable
{
    /// <summary>Prefix of environment variables read as configuration (<c>__</c> separates sections).</summary>
    public const string EnvironmentPrefix = "WEBATTENTION_";

    private readonly ServiceProvider _services;

    private CliHost(ServiceProvider services) => _services = services;

    /// <summary>Built-in defaults: models under <c>data/models</c> of the current directory, device Auto.</summary>
    public static IReadOnlyDictionary<string, string?> Defaults { get; } = new Dictionary<string, string?>
    {
        ["Inference:ModelsRoot"] = Path.Combine("data", "models"),
        ["Inference:Device"] = "Auto",
    };

    /// <summary>The service provider (for anything not exposed below).</summary>
    public IServiceProvider Services => _services;

    /// <summary>Probe + decoder + attention pipeline, as the server runs them.</summary>
    public ClipAnalyzer Analyzer => _services.GetRequiredService<ClipAnalyzer>();

    /// <summary>The ffmpeg frame decoder.</summary>
    public IFrameDecoder Decoder => _services.GetRequiredService<IFrameDecoder>();

    /// <summary>The ffprobe-based probe.</summary>
    public IVideoProbe Probe => _services.GetRequiredService<IVideoProbe>();

    /// <summary>The reframer on the registered LP back end (GLOP).</summary>
    public Reframer Reframer => _services.GetRequiredService<Reframer>();

    /// <summary>The ffmpeg reframe renderer.</summary>
    public IReframeRenderer Renderer => _services.GetRequiredService<IReframeRenderer>();

    /// <summary>Where ffmpeg lives and its time limits.</summary>
    public FfmpegOptions Ffmpeg => _services.GetRequiredService<IOptions<FfmpegOptions>>().Value;

    /// <summary>Composes and validates the services for <paramref name="settings"/>.</summary>
    /// <exception cref="OptionsValidationException">The configuration is invalid.</exception>
    public static CliHost Start(CliSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Defaults)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddInMemoryCollection(settings.AsConfiguration())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("WebAttention.Inference.Prediction", LogLevel.Information)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddMedia(configuration);
        services.AddInference(configuration);
        services.AddReframing();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            provider.GetService<IStartupValidator>()?.Validate();
        }
        catch
        {
            provider.Dispose();
            throw;
        }

        return new CliHost(provider);
    }

    /// <summary>
    /// A predictor for the configured model (composing the built-in one into the models folder on first run).
    /// The caller disposes it.
    /// </summary>
    public Task<OnnxSaliencyPredictor> CreatePredictorAsync(CancellationToken cancellationToken) =>
        _services.GetRequiredService<IPredictorFactory>().CreateDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
