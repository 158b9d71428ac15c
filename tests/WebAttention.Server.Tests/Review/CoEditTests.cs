using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core.Review;
using Xunit.Abstractions;

namespace WebAttention.Server.Tests.Review;

/// <summary>
/// Two edit-scope guests co-edit the 9:16 path over real SignalR: concurrent edits of different keyframes both
/// survive; concurrent edits of the same keyframe leave the later writer's value, the other writer is told, and
/// both see the final path.
/// </summary>
public sealed class CoEditTests(ReviewFixture fixture, ITestOutputHelper output) : IClassFixture<ReviewFixture>
{
    [Fact]
    public async Task Different_keyframes_edited_at_the_same_time_are_both_kept()
    {
        var (clipId, a, b) = await TwoEditorsAsync();
        await using var _ = a;
        await using var __ = b;
        var start = await fixture.LatestRevisionAsync(clipId);

        var results = await Task.WhenAll(
            a.Hub.InvokeAsync<CropPathEdited>(ReviewHubContract.EditKeyframe, clipId, new KeyframeChange(ReviewFixture.Aspect, start, 10, 100, 90)),
            b.Hub.InvokeAsync<CropPathEdited>(ReviewHubContract.EditKeyframe, clipId, new KeyframeChange(ReviewFixture.Aspect, start, 30, 220, 90)));

        Assert.Equal([start + 1, start + 2], results.Select(r => r.Revision).Order());
        Assert.All(results, r => Assert.Null(r.OverwroteKey));
        var final = results.MaxBy(r => r.Revision)!;
        Assert.Equal([new KeyframeValue(10, 100, 90, 1), new KeyframeValue(30, 220, 90, 1)], final.Keyframes);
        foreach (var editor in new[] { a, b })
        {
            await ReviewClient.WaitUntilAsync(() => editor.Edits.Any(e => e.Revision == final.Revision), $"{editor.Label} sees revision {final.Revision}");
            Assert.Equal(final.Keyframes, editor.Edits.Single(e => e.Revision == final.Revision).Keyframes);
            Assert.Empty(editor.Overwritten);
        }
        Assert.Equal(2, (await fixture.LatestKeyframesAsync(clipId)).Count);
    }

    [Fact]
    public async Task The_same_keyframe_edited_at_the_same_time_keeps_the_later_write_and_tells_the_other_writer()
    {
        var (clipId, a, b) = await TwoEditorsAsync();
        await using var _ = a;
        await using var __ = b;
        var start = await fixture.LatestRevisionAsync(clipId);

        var edits = await Task.WhenAll(
            a.Hub.InvokeAsync<CropPathEdited>(ReviewHubContract.EditKeyframe, clipId, new KeyframeChange(ReviewFixture.Aspect, start, 20, 100, 90)),
            b.Hub.InvokeAsync<CropPathEdited>(ReviewHubContract.EditKeyframe, clipId, new KeyframeChange(ReviewFixture.Aspect, start, 20, 240, 90)));

        var (first, second) = edits[0].Revision < edits[1].Revision ? (0, 1) : (1, 0);
        var clients = new[] { a, b };
        var (loser, winner) = (clients[first], clients[second]);
        var winning = edits[second];
        output.WriteLine($"{winner.Label} wrote last (r{winning.Revision}); {loser.Label} (r{edits[first].Revision}) is overwritten");
        Assert.Equal(winner.Identity!.ActorKey, winning.EditorKey);
        Assert.Equal(loser.Identity!.ActorKey, winning.OverwroteKey);
        Assert.Single(winning.Keyframes);
        Assert.Equal(winner == a ? 100 : 240, winning.Keyframes[0].CenterX);

        await ReviewClient.WaitUntilAsync(() => !loser.Overwritten.IsEmpty, $"{loser.Label} is told it lost");
        var notice = loser.Overwritten.Single();
        Assert.Equal((20L, winner.Label, winning.Revision), (notice.Frame, notice.WinnerName, notice.Path.Revision));
        Assert.Equal(winning.Keyframes[0], notice.Winning);
        Assert.Empty(winner.Overwritten);
        foreach (var editor in clients)
        {
            await ReviewClient.WaitUntilAsync(() => editor.Edits.Any(e => e.Revision == winning.Revision), $"{editor.Label} sees the final path");
            Assert.Equal(winning.Keyframes, editor.Edits.Single(e => e.Revision == winning.Revision).Keyframes);
        }
        var stored = Assert.Single(await fixture.LatestKeyframesAsync(clipId));
        Assert.Equal(winning.Keyframes[0].CenterX, stored.CenterX);
    }

    [Fact]
    public async Task An_edit_outside_the_frame_is_refused_and_saves_nothing()
    {
        var (clipId, a, b) = await TwoEditorsAsync();
        await using var _ = a;
        await using var __ = b;
        var start = await fixture.LatestRevisionAsync(clipId);

        var error = await Assert.ThrowsAsync<HubException>(() =>
            a.Hub.InvokeAsync<CropPathEdited>(ReviewHubContract.EditKeyframe, clipId, new KeyframeChange(ReviewFixture.Aspect, start, 10, 999, 90)));

        Assert.Contains("centre outside the 320x180 frame", error.Message, StringComparison.Ordinal);
        Assert.Equal(start, await fixture.LatestRevisionAsync(clipId));
    }

    private async Task<(Guid ClipId, ReviewClient A, ReviewClient B)> TwoEditorsAsync()
    {
        var clipId = await fixture.AddClipAsync(fixture.Owner.Info.Id);
        var link = await fixture.ShareAsync(ReviewScope.Edit, clipId: clipId);
        var a = await ReviewClient.GuestAsync(fixture.Factory.BaseAddress, link.Token, "Ada");
        var b = await ReviewClient.GuestAsync(fixture.Factory.BaseAddress, link.Token, "Ben");
        foreach (var editor in new[] { a, b })
        {
            await editor.ConnectAsync();
            await editor.JoinAsync(clipId);
        }
        return (clipId, a, b);
    }
}
