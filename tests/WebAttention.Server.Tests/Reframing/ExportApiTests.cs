using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core;
using WebAttention.Core.Jobs;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Media.Probing;
using WebAttention.Reframing.Export;
using Xunit.Abstractions;

namespace WebAttention.Server.Tests.Reframing;

/// <summary>An export renders the reframed video and writes the path as JSON, EDL and CSV, all downloadable by the owner.</summary>
public sealed class ExportApiTests(ReframeFixture fixture, ITestOutputHelper output) : IClassFixture<ReframeFixture>
{
    [Fact]
    public async Task A_9x16_export_renders_every_frame_at_9x16_with_its_edl_json_and_csv()
    {
        var http = fixture.Owner.Http;
        var id = fixture.Clip.Id;
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync(ApiRoutes.Exports(id), new ExportRequest(["9:16"], Height: 640));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var queued = (await response.Content.ReadFromJsonAsync<QueuedJob[]>())!;
        var jobs = await fixture.WaitForJobsAsync(queued.Select(q => q.JobId), TimeSpan.FromMinutes(3));
        output.WriteLine(fixture.ReframeTimings);
        output.WriteLine($"export 9:16 at 360x640: {clock.Elapsed.TotalSeconds:0.00} s from POST; {ReframeFixture.Describe(jobs)}");

        var export = Assert.Single((await http.GetFromJsonAsync<ExportSummary[]>(ApiRoutes.Exports(id)))!);
        Assert.Equal((queued[0].JobId, "9:16", JobState.Succeeded, 1.0), (export.JobId, export.Aspect, export.State, export.Progress));
        Assert.Equal(["csv", "edl", "json", "video"], export.Downloads.Keys.Order(StringComparer.Ordinal));

        using var video = await http.GetAsync(export.Downloads["video"]);
        Assert.Equal(HttpStatusCode.OK, video.StatusCode);
        Assert.Equal("video/mp4", video.Content.Headers.ContentType!.MediaType);
        var name = video.Content.Headers.ContentDisposition!.FileNameStar ?? video.Content.Headers.ContentDisposition.FileName!;
        Assert.EndsWith("-9x16.mp4", name, StringComparison.Ordinal);
        Assert.DoesNotContain(name, c => c is ':' or '#' or '/' or '\\');
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.mp4");
        await File.WriteAllBytesAsync(file, await video.Content.ReadAsByteArrayAsync());
        try
        {
            var info = await fixture.Factory.Services.GetRequiredService<IVideoProbe>().GetVideoInfoAsync(file, CancellationToken.None);
            Assert.Equal((360, 640), (info.Width, info.Height));
            Assert.Equal(fixture.Clip.FrameCount, info.FrameCount);
        }
        finally
        {
            File.Delete(file);
        }

        using var range = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, export.Downloads["video"]) { Headers = { Range = new(0, 99) } });
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);

        var path = CropPathJson.Deserialize(await http.GetByteArrayAsync(export.Downloads["json"]));
        Assert.Equal((50, "9:16"), (path.FrameCount, path.Aspect.ToString()));
        var edl = await http.GetStringAsync(export.Downloads["edl"]);
        Assert.StartsWith("TITLE: ", edl, StringComparison.Ordinal);
        Assert.Contains("* REFRAME: ASPECT 9:16", edl, StringComparison.Ordinal);
        var csv = (await http.GetStringAsync(export.Downloads["csv"])).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(CropPathCsv.Header, csv[0]);
        Assert.Equal(51, csv.Length);
    }

    [Fact]
    public async Task An_export_without_a_size_is_sized_for_the_source_not_blown_up_to_1080x1920()
    {
        var http = fixture.Owner.Http;
        var id = fixture.Clip.Id;
        using var response = await http.PostAsJsonAsync(ApiRoutes.Exports(id), new { aspects = new[] { "9:16" } });
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var queued = (await response.Content.ReadFromJsonAsync<QueuedJob[]>())!;
        var jobs = await fixture.WaitForJobsAsync(queued.Select(q => q.JobId), TimeSpan.FromMinutes(3));
        output.WriteLine(ReframeFixture.Describe(jobs));

        var export = Assert.Single((await http.GetFromJsonAsync<ExportSummary[]>(ApiRoutes.Exports(id)))!);
        Assert.Equal((queued[0].JobId, JobState.Succeeded), (export.JobId, export.State));
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.mp4");
        await File.WriteAllBytesAsync(file, await http.GetByteArrayAsync(export.Downloads["video"]));
        try
        {
            var info = await fixture.Factory.Services.GetRequiredService<IVideoProbe>().GetVideoInfoAsync(file, CancellationToken.None);
            var expected = ExportSize.Default(new FrameSize(fixture.Clip.Width, fixture.Clip.Height), 9, 16);
            output.WriteLine($"{fixture.Clip.Width}x{fixture.Clip.Height} clip exported 9:16 at {info.Width}x{info.Height}: {expected.Explain()}");
            Assert.Equal((320, 180), (fixture.Clip.Width, fixture.Clip.Height));
            Assert.Equal((202, 360), (info.Width, info.Height)); // 2x the crop's 101x180, not 1080x1920
            Assert.Equal((expected.Size.Width, expected.Size.Height), (info.Width, info.Height));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_odd_export_height_is_refused_with_a_reason()
    {
        using var response = await fixture.Owner.Http.PostAsJsonAsync(ApiRoutes.Exports(fixture.Clip.Id), new ExportRequest(["9:16"], Height: 641));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("even", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exporting_an_aspect_without_a_path_is_a_conflict_and_files_of_unknown_kinds_are_404()
    {
        var http = fixture.Owner.Http;
        using var response = await http.PostAsJsonAsync(ApiRoutes.Exports(fixture.Clip.Id), new ExportRequest(["4:5"]));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("no 4:5 crop path", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var unknown = await http.GetAsync(ApiRoutes.ExportFile(fixture.Clip.Id, "9:16", "exe"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
