using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using WebAttention.Client.Components.Insights;
using WebAttention.Client.Components.Studio;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Services.Studio;
using WebAttention.Client.Tests.Fakes;
using WebAttention.Core.Clips;
using WebAttention.Core.Review;
using WebAttention.Core.Saliency;

namespace WebAttention.Client.Tests.Components.Review;

/// <summary>Review comments appear as markers on the attention chart, at their frames, and clicking one seeks there.</summary>
public class CommentMarkersTests : MudTestContext
{
    // 51 samples every 2 frames: the plot spans frames 0–100, so a frame's x is its percentage.
    private static readonly AttentionTimelineView Timeline = new(2, 25, 101, new float[51], new float[51], new float[51]);

    [Fact]
    public void The_chart_draws_a_marker_per_frame_on_its_scale_and_a_click_seeks_to_that_frame()
    {
        long? sought = null;
        var cut = Render<AttentionChart>(p => p
            .Add(c => c.Timeline, Timeline)
            .Add(c => c.Markers, [25L, 80L])
            .Add(c => c.OnSeek, (long f) => sought = f));

        var markers = cut.FindAll("[data-testid=chart-comment-marker]");
        Assert.Equal(["25", "80"], markers.Select(m => m.GetAttribute("data-frame")));
        Assert.Contains("left: 25%", markers[0].GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("left: 80%", markers[1].GetAttribute("style"), StringComparison.Ordinal);

        markers[1].Click();
        Assert.Equal(80, sought);
    }

    [Fact]
    public void The_clip_page_chart_shows_the_clips_threads_but_not_replies_or_deleted_comments()
    {
        var clip = new ClipSummary(Guid.NewGuid(), "Talk", ClipStatus.Ready, 4, 1920, 1080, 25, 101, 1000, DateTimeOffset.UnixEpoch, null);
        var review = new MemoryReviewApi();
        CommentView Comment(long frame, Guid? parent = null, bool deleted = false, Guid? clipId = null)
        {
            var c = new CommentView(Guid.NewGuid(), clipId ?? clip.Id, parent, null, frame, frame, null, "x", "u:owner", "Owner", [], null, false, DateTime.UtcNow, null, deleted);
            review.Comments[c.Id] = c;
            return c;
        }
        var thread = Comment(30);
        Comment(30, parent: thread.Id);
        Comment(44, parent: thread.Id);
        Comment(60, deleted: true);
        Comment(90);
        Comment(50, clipId: Guid.NewGuid());

        Services.AddSingleton<ICropPathsApi>(new FakeCropPathsApi());
        Services.AddSingleton<IClipEvents>(new FakeClipEvents());
        Services.AddSingleton<IClipInsightsApi>(new FakeClipInsightsApi { Timeline = Timeline });
        Services.AddSingleton<IReviewApi>(review);
        JSInterop.SetupModule(WebAttention.Client.Components.Player.SaliencyOverlay.ModulePath);
        JSInterop.SetupModule(StudioStage.ModulePath);
        JSInterop.SetupModule(TimelineLane.ModulePath);
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();

        var cut = Render<ClipStudio>(p => p.Add(c => c.Clip, clip));

        cut.WaitForAssertion(() => Assert.Equal(["30", "90"],
            cut.FindAll("[data-testid=chart-comment-marker]").Select(m => m.GetAttribute("data-frame"))));
        cut.Find("[data-testid=chart-comment-marker][data-frame='90']").Click();
        cut.WaitForAssertion(() => Assert.Equal("90", cut.Find("[data-testid=chart-playhead]").GetAttribute("data-frame")));
    }
}
