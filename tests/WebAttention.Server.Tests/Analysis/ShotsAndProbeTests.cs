using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Core.Saliency;
using WebAttention.Data;
using WebAttention.Media.Configuration;
using WebAttention.Media.Decoding;
using WebAttention.Media.Probing;
using WebAttention.Media.TestClips;
using WebAttention.Pipeline.Shots;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Analysis;

/// <summary>
/// Shots are computed once and the clip is probed once: the analysis job probes the source once, passes the result along and
/// writes <c>shots.json</c> beside the maps; the reframe job reads it without decoding the clip again. A clip analysed before
/// shots were stored (no file) is decoded once at reframe time and the file written, never twice.
/// </summary>
public sealed class ShotsAndProbeTests : IAsyncLifetime
{
    // A moving disc, then a hard cut to blue at frame 50.
    private static readonly LavfiClipOptions WithCut = new()
    {
        Size = new FrameSize(320, 180),
        FrameRate = 25,
        Shots = [new LavfiShot(LavfiPattern.MovingDisc, 2), new LavfiShot(LavfiPattern.SolidColor, 1, "blue")],
        FastStart = true,
    };

    private readonly CountingFactory _factory = new();
    private TestUser _owner = null!;

    public async Task InitializeAsync() => _owner = await TestUser.RegisterAsync(_factory.BaseAddress);

    [Fact]
    public async Task The_analysis_probes_once_and_stores_the_cuts_and_reframing_reads_them_without_a_second_decode()
    {
        var clip = await UploadAndAnalyseAsync();
        var source = SourceOf(clip);
        var saliency = Path.Combine(Path.GetDirectoryName(source)!, "saliency");

        Assert.Equal(1, _factory.Probes.Count(source));
        var stored = await ShotListFile.TryReadAsync(saliency, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(WithCut.CutFrames, stored.Cuts);
        Assert.Equal(WithCut.ExpectedFrameCount, stored.FrameCount);
        var decodesAfterAnalysis = _factory.Decodes.Count(source);
        Assert.Equal(1, decodesAfterAnalysis);
        var timeline = await _owner.Http.GetFromJsonAsync<AttentionTimelineView>(ApiRoutes.AttentionTimeline(clip.Id));
        Assert.Equal(WithCut.CutFrames, timeline!.Cuts);

        var path = await ReframeAsync(clip, "9:16");

        Assert.Equal([0L, 50L], path.Shots.Select(s => s.FirstFrame));
        Assert.Equal(decodesAfterAnalysis, _factory.Decodes.Count(source));
        Assert.Equal(1, _factory.Probes.Count(source));
    }

    [Fact]
    public async Task A_clip_analysed_before_shots_were_stored_is_decoded_for_shots_once_and_the_file_written()
    {
        var clip = await UploadAndAnalyseAsync();
        var source = SourceOf(clip);
        var saliency = Path.Combine(Path.GetDirectoryName(source)!, "saliency");
        File.Delete(ShotListFile.PathIn(saliency));
        var before = _factory.Decodes.Count(source);

        var first = await ReframeAsync(clip, "9:16");
        var second = await ReframeAsync(clip, "1:1");

        Assert.Equal(before + 1, _factory.Decodes.Count(source));
        var written = await ShotListFile.TryReadAsync(saliency, CancellationToken.None);
        Assert.NotNull(written);
        Assert.Equal(WithCut.CutFrames, written.Cuts);
        Assert.Equal([0L, 50L], first.Shots.Select(s => s.FirstFrame));
        Assert.Equal([0L, 50L], second.Shots.Select(s => s.FirstFrame));
    }

    private string SourceOf(ClipSummary clip) => Path.GetFullPath(Path.Combine(_factory.DataRoot, "clips", clip.Id.ToString("N"), "source"));

    private async Task<ClipSummary> UploadAndAnalyseAsync()
    {
        var bytes = await File.ReadAllBytesAsync(await GeneratedClips.GetAsync("disc-then-blue-320x180.mp4", WithCut));
        var upload = await TestUploader.UploadAsync(await _owner.ConnectAsync(), "cut.mp4", bytes);
        var clip = await ClipWaiter.WaitUntilSettledAsync(_owner.Http, upload.ClipId!.Value, TimeSpan.FromMinutes(3));
        Assert.True(clip.Status == ClipStatus.Ready, clip.Error);
        return clip;
    }

    private async Task<CropPathView> ReframeAsync(ClipSummary clip, string aspect)
    {
        using var response = await _owner.Http.PostAsJsonAsync(ApiRoutes.CropPaths(clip.Id), new ReframeRequestDto([aspect]));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = (await response.Content.ReadFromJsonAsync<QueuedJob[]>())!.Single().JobId;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            var row = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Jobs.AsNoTracking().SingleAsync(j => j.Id == job);
            if (row.State is JobState.Succeeded)
            {
                break;
            }

            Assert.True(row.State is not (JobState.Failed or JobState.Cancelled), $"The reframe job ended {row.State}: {row.Error}");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), "The reframe job did not finish in 3 minutes.");
            await Task.Delay(200);
        }

        return (await _owner.Http.GetFromJsonAsync<CropPathView>(ApiRoutes.CropPath(clip.Id, aspect)))!;
    }

    public async Task DisposeAsync()
    {
        await _owner.DisposeAsync();
        await _factory.DisposeAsync();
    }

    /// <summary>Calls per file (full path).</summary>
    private sealed class CallCounter
    {
        private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

        public void Add(string path) => _calls.AddOrUpdate(Path.GetFullPath(path), 1, (_, n) => n + 1);

        public int Count(string path) => _calls.GetValueOrDefault(Path.GetFullPath(path));
    }

    /// <summary>The real server with its real ffprobe and ffmpeg decoder, each call counted per file.</summary>
    private sealed class CountingFactory() : AppFactory(new Dictionary<string, string?> { ["Inference:ModelsRoot"] = ServerFixture.ModelsFolder })
    {
        public CallCounter Probes { get; } = new();

        public CallCounter Decodes { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<FfprobeVideoProbe>();
                services.Replace(ServiceDescriptor.Singleton<IVideoProbe>(sp => new CountingProbe(sp.GetRequiredService<FfprobeVideoProbe>(), Probes)));
                services.Replace(ServiceDescriptor.Singleton<IFrameDecoder>(sp =>
                    new CountingDecoder(new FfmpegFrameDecoder(sp.GetRequiredService<IVideoProbe>(), sp.GetRequiredService<IOptions<FfmpegOptions>>()), Decodes)));
            });
        }
    }

    private sealed class CountingProbe(IVideoProbe inner, CallCounter calls) : IVideoProbe
    {
        public Task<ProbeVerdict> ProbeAsync(string path, CancellationToken cancellationToken)
        {
            calls.Add(path);
            return inner.ProbeAsync(path, cancellationToken);
        }

        public Task<VideoInfo> GetVideoInfoAsync(string path, CancellationToken cancellationToken)
        {
            calls.Add(path);
            return inner.GetVideoInfoAsync(path, cancellationToken);
        }
    }

    private sealed class CountingDecoder(IFrameDecoder inner, CallCounter calls) : IFrameDecoder
    {
        public IAsyncEnumerable<VideoFrame> DecodeAsync(string path, FrameSize size, CancellationToken cancellationToken)
        {
            calls.Add(path);
            return inner.DecodeAsync(path, size, cancellationToken);
        }

        public IAsyncEnumerable<VideoFrame> DecodeAsync(string path, VideoInfo info, FrameSize size, CancellationToken cancellationToken)
        {
            calls.Add(path);
            return inner.DecodeAsync(path, info, size, cancellationToken);
        }
    }
}
