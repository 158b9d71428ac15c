using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WebAttention.Inference;
using WebAttention.Inference.Prediction;
using WebAttention.Testing;

namespace WebAttention.E2E.Tests.BrowserInference;

/// <summary>
/// One real server process and one headless Chromium whose fake camera plays a generated clip, both on a models
/// folder shared with the other test projects; plus the server-side predictor (ORT CPU) on the same folder.
/// </summary>
public sealed class BrowserInferenceFixture : IAsyncLifetime
{
    /// <summary>Generated models are shared by all tests of the run (composing one takes seconds).</summary>
    public static readonly string ModelsFolder = TestModels.Folder;

    private static readonly string ClipFolder = Path.Combine(Path.GetTempPath(), "webattention-clips");

    private readonly ServerProcess _server = new($"--Inference:ModelsRoot={ModelsFolder}", "--Logging:LogLevel:Default=Warning");
    private ServiceProvider? _services;
    private IPlaywright? _playwright;

    public Uri BaseAddress => _server.BaseAddress;

    public string ServerLog => _server.Log;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The inference services (ORT session factory, options) the predictor came from.</summary>
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The default model on ORT CPU, as the server runs it.</summary>
    public OnnxSaliencyPredictor Predictor { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var token = timeout.Token;
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Inference:ModelsRoot"] = ModelsFolder,
            ["Inference:Device"] = "Cpu",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddInference(config).BuildServiceProvider();
        Predictor = await CreatePredictorAsync(_services.GetRequiredService<IPredictorFactory>(), token);

        var camera = await FakeCameraClipAsync(token);
        await _server.StartAsync(token);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--autoplay-policy=no-user-gesture-required",
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", $"--use-file-for-fake-video-capture={camera}",
            ],
        });
    }

    /// <summary>A new browser context (dispose it: a live page keeps computing) signed in as a freshly registered user.</summary>
    public async Task<IBrowserContext> SignedInContextAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1024, Height = 900 },
            Permissions = ["camera"],
        });
        var response = await context.APIRequest.PostAsync("/api/auth/register", new APIRequestContextOptions
        {
            DataObject = new { email = $"live-{Guid.NewGuid():N}@example.test", password = "correct-horse-9" },
        });
        Assert.True(response.Ok, $"register: HTTP {response.Status}");
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await _server.DisposeAsync();
        Predictor?.Dispose();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    // Another test project may be composing the same shared folder right now: its rename wins, ours retries.
    private static async Task<OnnxSaliencyPredictor> CreatePredictorAsync(IPredictorFactory factory, CancellationToken cancellationToken)
    {
        try
        {
            return await factory.CreateDefaultAsync(cancellationToken);
        }
        catch (IOException)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            return await factory.CreateDefaultAsync(cancellationToken);
        }
    }

    /// <summary>A 640×360, 25 fps, 2 s testsrc2 clip as Y4M, the format Chromium's fake camera plays.</summary>
    private static async Task<string> FakeCameraClipAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(ClipFolder, "camera-testsrc2-640x360.y4m");
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(ClipFolder);
        var staging = $"{path}.{Guid.NewGuid():N}.y4m";
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true };
        foreach (var argument in new[] { "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25", "-t", "2", "-pix_fmt", "yuv420p", staging })
        {
            start.ArgumentList.Add(argument);
        }

        using var ffmpeg = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start.");
        var errors = await ffmpeg.StandardError.ReadToEndAsync(cancellationToken);
        await ffmpeg.WaitForExitAsync(cancellationToken);
        if (ffmpeg.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg failed ({ffmpeg.ExitCode}): {errors}");
        }

        File.Move(staging, path, overwrite: true);
        return path;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserInferenceCollection : ICollectionFixture<BrowserInferenceFixture>
{
    public const string Name = "Browser inference";
}
