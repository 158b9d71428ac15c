using System.Text.Json;
using Microsoft.Playwright;
using WebAttention.Core.Media;
using WebAttention.E2E.Tests.Support;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.E2E.Tests.BrowserInference;

/// <summary>The one graph in two runtimes: onnxruntime-web (wasm, 2 threads) in Chromium vs ORT CPU on the server.</summary>
[Collection(BrowserInferenceCollection.Name)]
public sealed class BrowserParityTests(BrowserInferenceFixture fixture, ITestOutputHelper output)
{
    private const string PredictHook =
        "async ([rgb, w, h, size]) => (await import('/js/browser-saliency.js')).predictRgbBase64(rgb, w, h, 2, size)";

    private static readonly FrameSize Full = new(384, 224);

    [Fact]
    public async Task The_same_frame_gives_the_same_map_in_the_browser_and_on_the_server()
    {
        var rgb = MapMath.SyntheticFrame(Full.Width, Full.Height);
        var server = (await fixture.Predictor.PredictAsync([new VideoFrame(0, TimeSpan.Zero, Full, rgb)], CancellationToken.None))[0];
        await using var context = await fixture.SignedInContextAsync();
        var page = await OpenLivePageAsync(context);

        var browser = await PredictInBrowserAsync(page, rgb, Full, size: null);

        Assert.True(browser.CrossOriginIsolated, "the page must be cross-origin isolated (COOP/COEP) for wasm threads");
        Assert.Equal(2, browser.Threads);
        Assert.Equal((server.Width, server.Height), (browser.Width, browser.Height));
        var cc = MapMath.Correlation(server.Values, browser.Values);
        var maxDifference = server.Values.Zip(browser.Values, (a, b) => Math.Abs(a - b)).Max();
        output.WriteLine($"{Full}: map {browser.Width}x{browser.Height}, CC {cc:F6}, max |diff| {maxDifference:G3}");
        Assert.True(cc >= 0.99, $"CC browser vs server {cc:F4} < 0.99");
    }

    /// <summary>Measurement, not a timing assertion: frames/s per analysis size and the lighter size's CC.</summary>
    [Fact]
    public async Task Browser_throughput_and_light_size_agreement_are_measured()
    {
        var rgb = MapMath.SyntheticFrame(Full.Width, Full.Height);
        var server = (await fixture.Predictor.PredictAsync([new VideoFrame(0, TimeSpan.Zero, Full, rgb)], CancellationToken.None))[0];
        await using var context = await fixture.SignedInContextAsync();
        var page = await OpenLivePageAsync(context);
        // Lighter sizes: the browser scales the frame in a canvas, as live frames are; maps compared on a common grid.
        var compare = (Width: Full.Width / 4, Height: Full.Height / 4);
        var serverGrid = MapMath.Resize(server.Values, server.Width, server.Height, compare.Width, compare.Height);
        var lightCc = new Dictionary<string, double>();
        foreach (var light in new[] { new FrameSize(256, 160), new FrameSize(192, 96) })
        {
            var map = await PredictInBrowserAsync(page, rgb, Full, light);
            lightCc[$"{light}"] = MapMath.Correlation(serverGrid, MapMath.Resize(map.Values, map.Width, map.Height, compare.Width, compare.Height));
        }

        var sizes = new[] { new { width = 384, height = 224 }, new { width = 256, height = 160 }, new { width = 256, height = 128 }, new { width = 192, height = 96 } };
        var bench = await page.EvaluateAsync<JsonElement>(
            "async ([sizes]) => (await import('/js/browser-saliency.js')).benchmark(sizes, 20, 2)", new object[] { sizes });

        // The whole local-mode pipeline (model + faces every other frame + motion + overlay + fusion + smoothing) at the
        // model's analysis size (long side 384) and the page's default (256), 2 threads; which backend ran is in each result.
        var pipeline = new List<JsonElement>();
        foreach (var longSide in new[] { 384, 256 })
        {
            pipeline.Add(await page.EvaluateAsync<JsonElement>(
                "async ([side]) => (await import('/js/attention/hooks.js')).benchmarkPipeline(side, 20, 2)", new object[] { longSide }));
        }

        // ORT CPU in this process at the same sizes and moment: the ratio holds up better than absolute figures on a shared machine.
        var native = new List<object>();
        foreach (var size in sizes)
        {
            var ms = await NativeMillisecondsPerFrameAsync(new FrameSize(size.width, size.height));
            native.Add(new { size.width, size.height, msPerFrame = ms, framesPerSecond = 1000 / ms });
        }

        var report = new
        {
            browser = "Debian Chromium headless, onnxruntime-web 1.30.0 wasm (SIMD, threads)",
            native = "Microsoft.ML.OnnxRuntime CPU, default intra-op threads, in the test process",
            frame = "synthetic 384x224",
            loadAverage = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg")).Trim() : "?",
            processors = Environment.ProcessorCount,
            ccVsServer384ByBrowserSize = lightCc,
            benchmark = bench,
            pipelineBenchmark = pipeline,
            nativeBenchmark = native,
        };
        var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true });
        await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Artifacts("e2e"), "browser-inference.json"), json);
        output.WriteLine(json);
        Assert.All(bench.GetProperty("results").EnumerateArray(), r => Assert.True(r.GetProperty("framesPerSecond").GetDouble() > 0));
        Assert.All(pipeline, r => Assert.Equal("wasm", r.GetProperty("backend").GetString()));
        Assert.All(lightCc, cc => Assert.True(cc.Value > 0.5, $"{cc.Key}: CC {cc.Value:F3}"));
    }

    private async Task<double> NativeMillisecondsPerFrameAsync(FrameSize size, int runs = 10)
    {
        var frame = new VideoFrame(0, TimeSpan.Zero, size, MapMath.SyntheticFrame(size.Width, size.Height));
        for (var i = 0; i < 2; i++)
        {
            await fixture.Predictor.PredictAsync([frame], CancellationToken.None);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            await fixture.Predictor.PredictAsync([frame], CancellationToken.None);
        }

        return clock.Elapsed.TotalMilliseconds / runs;
    }

    // The page is cross-origin isolated (COOP/COEP), which wasm threads need; its own model load is let finish
    // first so that it does not compete with the measurement.
    private static async Task<IPage> OpenLivePageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/live", new() { Timeout = CreatorPages.BootTimeoutMs });
        await Assertions.Expect(page.GetByTestId("live-status")).ToContainTextAsync("ready", new() { Timeout = CreatorPages.BootTimeoutMs });
        return page;
    }

    private static async Task<BrowserMap> PredictInBrowserAsync(IPage page, byte[] rgb, FrameSize frame, FrameSize? size)
    {
        object? analysis = size is { } s ? new { width = s.Width, height = s.Height } : null;
        var json = await page.EvaluateAsync<JsonElement>(PredictHook, new[] { Convert.ToBase64String(rgb), frame.Width, frame.Height, analysis });
        return BrowserMap.From(json);
    }
}
