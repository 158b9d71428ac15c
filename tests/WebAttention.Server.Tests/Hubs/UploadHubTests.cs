using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Hubs;
using WebAttention.Core.Uploads;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;
using System.Net.Http.Json;

namespace WebAttention.Server.Tests.Hubs;

/// <summary>The upload protocol over real sockets: chunks, acknowledgements, resume, refusals.</summary>
public sealed class UploadHubTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_clip_uploaded_in_chunks_becomes_a_queued_clip_of_its_owner()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var hub = await user.ConnectAsync();

        var result = await TestUploader.UploadAsync(hub, "holiday.mp4", fixture.Clip);

        Assert.Null(result.Error);
        var clip = await user.Http.GetFromJsonAsync<ClipSummary>(ApiRoutes.Clip(result.ClipId!.Value));
        Assert.Equal("holiday.mp4", clip!.Title);
        Assert.Equal(fixture.Clip.LongLength, clip.SizeBytes);
        Assert.Equal(640, clip.Width);
        Assert.Equal(360, clip.Height);
        Assert.Equal(100, clip.FrameCount);
        Assert.True(File.Exists(Path.Combine(fixture.Factory.DataRoot, "clips", result.ClipId.Value.ToString("N"), "source")));
    }

    [Fact]
    public async Task An_upload_resumes_from_the_acknowledged_offset_after_the_connection_drops()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var first = await user.ConnectAsync();
        var session = await TestUploader.BeginAsync(first, "resumed.mp4", fixture.Clip.Length);
        var half = (fixture.Clip.Length / 2 / ClipHubContract.ChunkBytes) * ClipHubContract.ChunkBytes;

        var acknowledged = await TestUploader.SendAsync(first, session.UploadId, fixture.Clip, 0, half);
        await first.DisposeAsync();

        var second = await user.ConnectAsync();
        var resumed = await second.InvokeAsync<UploadSession>(ClipHubContract.ResumeUpload, session.UploadId);
        Assert.Equal(half, acknowledged);
        Assert.Equal(half, resumed.AcknowledgedOffset);

        await TestUploader.SendAsync(second, session.UploadId, fixture.Clip, resumed.AcknowledgedOffset, fixture.Clip.Length);
        var result = await TestUploader.CompleteAsync(second, session.UploadId, fixture.Clip);
        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public async Task A_chunk_whose_checksum_does_not_match_is_refused_and_not_stored()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var hub = await user.ConnectAsync();
        var session = await TestUploader.BeginAsync(hub, "bad.mp4", fixture.Clip.Length);
        var badOffset = 2L * ClipHubContract.ChunkBytes;

        var error = await Assert.ThrowsAsync<HubException>(() =>
            TestUploader.SendAsync(hub, session.UploadId, fixture.Clip, 0, fixture.Clip.Length, corrupt: badOffset));

        Assert.Contains("Checksum mismatch", error.Message, StringComparison.Ordinal);
        var state = await hub.InvokeAsync<UploadSession>(ClipHubContract.ResumeUpload, session.UploadId);
        Assert.Equal(badOffset, state.AcknowledgedOffset);
    }

    [Fact]
    public async Task A_file_that_is_not_a_video_is_refused_with_a_clear_message_and_leaves_nothing_behind()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var hub = await user.ConnectAsync();
        var text = "this is a shopping list, not a video\n"u8.ToArray();
        var session = await TestUploader.BeginAsync(hub, "list.mp4", text.Length);
        await TestUploader.SendAsync(hub, session.UploadId, text, 0, text.Length);

        var result = await TestUploader.CompleteAsync(hub, session.UploadId, text);

        Assert.False(result.Succeeded);
        Assert.Contains("not a video", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await user.Http.GetFromJsonAsync<ClipSummary[]>(ApiRoutes.Clips))!);
        Assert.False(File.Exists(Path.Combine(fixture.Factory.DataRoot, "uploads", $"{session.UploadId:N}.part")));
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<UploadSession>(ClipHubContract.ResumeUpload, session.UploadId));
    }

    [Fact]
    public async Task A_wrong_whole_file_checksum_is_refused()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var hub = await user.ConnectAsync();
        var session = await TestUploader.BeginAsync(hub, "x.mp4", fixture.Clip.Length);
        await TestUploader.SendAsync(hub, session.UploadId, fixture.Clip, 0, fixture.Clip.Length);

        var result = await hub.InvokeAsync<UploadResult>(ClipHubContract.CompleteUpload, session.UploadId, new string('0', 64));

        Assert.False(result.Succeeded);
        Assert.Contains("SHA-256", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_upload_is_refused_before_any_byte_is_sent()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var hub = await user.ConnectAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => TestUploader.BeginAsync(hub, "huge.mp4", 5L * 1024 * 1024 * 1024 * 1024));

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_users_upload_cannot_be_resumed_or_written()
    {
        await using var owner = await TestUser.RegisterAsync(fixture.BaseAddress);
        await using var intruder = await TestUser.RegisterAsync(fixture.BaseAddress);
        var session = await TestUploader.BeginAsync(await owner.ConnectAsync(), "mine.mp4", fixture.Clip.Length);
        var hub = await intruder.ConnectAsync();

        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<UploadSession>(ClipHubContract.ResumeUpload, session.UploadId));
        await Assert.ThrowsAsync<HubException>(() => TestUploader.SendAsync(hub, session.UploadId, fixture.Clip, 0, ClipHubContract.ChunkBytes));
    }

    [Fact]
    public async Task The_hub_refuses_a_connection_without_a_signed_in_user()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => user.ConnectAsync(withCookie: false));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }
}
