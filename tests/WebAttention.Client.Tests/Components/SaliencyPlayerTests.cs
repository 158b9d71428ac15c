using WebAttention.Client.Components.Player;
using WebAttention.Core;

namespace WebAttention.Client.Tests.Components;

public class SaliencyPlayerTests : MudTestContext
{
    private readonly Guid clipId = Guid.NewGuid();
    private readonly BunitJSModuleInterop module;

    public SaliencyPlayerTests()
    {
        module = JSInterop.SetupModule(SaliencyOverlay.ModulePath);
        module.SetupVoid("attach", _ => true);
        module.SetupVoid("setOptions", _ => true);
        module.SetupVoid("detach", _ => true);
    }

    [Fact]
    public void Renders_the_clips_proxy_video_under_a_canvas()
    {
        var cut = Render<SaliencyPlayer>(p => p.Add(c => c.ClipId, clipId));

        Assert.Equal(ApiRoutes.Video(clipId), cut.Find("video[data-testid=clip-video]").GetAttribute("src"));
        var canvas = cut.Find("canvas[data-testid=saliency-canvas]");
        Assert.Equal("0", canvas.GetAttribute("data-frames-drawn"));
    }

    [Fact]
    public void Attaches_the_overlay_module_to_the_index_and_chunks_of_the_clip()
    {
        Render<SaliencyPlayer>(p => p.Add(c => c.ClipId, clipId));

        var attach = Assert.Single(module.Invocations["attach"]);
        var source = Assert.IsType<OverlaySource>(attach.Arguments[2]);
        Assert.Equal(ApiRoutes.SaliencyIndex(clipId), source.IndexUrl);
        Assert.Equal(ApiRoutes.SaliencyChunk(clipId, 7), source.ChunkUrlTemplate.Replace("{chunk}", "7", StringComparison.Ordinal));
        Assert.Equal(new OverlayOptions(0.6, true), attach.Arguments[3]);
    }

    [Fact]
    public void Moving_the_opacity_slider_passes_the_new_opacity_to_the_module()
    {
        var cut = Render<SaliencyPlayer>(p => p.Add(c => c.ClipId, clipId));

        cut.Find("input[data-testid=overlay-opacity]").Input("0.25");

        cut.WaitForAssertion(() =>
            Assert.Equal(new OverlayOptions(0.25, true), module.Invocations["setOptions"][^1].Arguments[1]));
    }

    [Fact]
    public void Switching_the_heatmap_off_tells_the_module()
    {
        var cut = Render<SaliencyPlayer>(p => p.Add(c => c.ClipId, clipId));

        cut.Find("input[data-testid=overlay-toggle]").Change(false);

        cut.WaitForAssertion(() =>
            Assert.Equal(new OverlayOptions(0.6, false), module.Invocations["setOptions"][^1].Arguments[1]));
    }

    [Fact]
    public async Task Detaches_the_overlay_when_disposed()
    {
        Render<SaliencyPlayer>(p => p.Add(c => c.ClipId, clipId));

        await DisposeComponentsAsync();

        Assert.Single(module.Invocations["detach"]);
    }
}
