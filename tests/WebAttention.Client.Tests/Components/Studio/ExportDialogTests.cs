using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using WebAttention.Client.Components.Studio;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Tests.Components.Studio;

public class ExportDialogTests : MudTestContext
{
    private Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> OpenAsync(params string[] aspects) =>
        OpenAsync(new FrameSize(1920, 1080), aspects);

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> OpenAsync(FrameSize source, params string[] aspects)
    {
        var provider = Render<MudDialogProvider>();
        var service = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<ExportDialog> { { d => d.Aspects, aspects }, { d => d.Source, source } };
        var dialog = await provider.InvokeAsync(() => service.ShowAsync<ExportDialog>("Export", parameters));
        return (provider, dialog);
    }

    [Fact]
    public async Task Every_aspect_with_a_path_is_ticked_at_first()
    {
        var (provider, dialog) = await OpenAsync("9:16", "1:1");

        provider.Find("[data-testid=export-confirm]").Click();

        var result = await dialog.Result;
        var request = Assert.IsType<ExportRequest>(result?.Data);
        Assert.Equal(["9:16", "1:1"], request.Aspects);
        Assert.Null(request.Height); // the server sizes each aspect by the same rule the dialog shows
        Assert.Equal("blur", request.Padding);
    }

    [Fact]
    public async Task The_dialog_shows_each_aspects_default_size_and_why()
    {
        var (provider, _) = await OpenAsync(new FrameSize(160, 120), "9:16", "1:1");

        Assert.Equal("Best for the source", provider.Find("input[data-testid=export-height]").GetAttribute("value"));
        Assert.Equal(
            "9:16: 136×240 — 2× the crop's 68×120; the source has no detail for more",
            provider.Find("[data-testid=export-size][data-aspect='9:16']").TextContent.Trim());
        Assert.Equal(
            "1:1: 240×240 — 2× the crop's 120×120; the source has no detail for more",
            provider.Find("[data-testid=export-size][data-aspect='1:1']").TextContent.Trim());
    }

    [Fact]
    public async Task A_1080p_clip_shows_the_platform_size()
    {
        var (provider, _) = await OpenAsync(new FrameSize(1920, 1080), "9:16");

        Assert.Equal(
            "9:16: 1080×1920 — the platform size, 1.8× the crop's 608×1080",
            provider.Find("[data-testid=export-size][data-aspect='9:16']").TextContent.Trim());
    }

    [Fact]
    public async Task Unticking_an_aspect_leaves_it_out_of_the_request()
    {
        var (provider, dialog) = await OpenAsync("9:16", "1:1", "4:5");

        provider.Find("input[data-testid=export-aspect][data-aspect='1:1']").Change(false);
        provider.Find("[data-testid=export-confirm]").Click();

        var request = Assert.IsType<ExportRequest>((await dialog.Result)?.Data);
        Assert.Equal(["9:16", "4:5"], request.Aspects);
    }

    [Fact]
    public async Task Export_is_disabled_with_no_aspect_ticked()
    {
        var (provider, _) = await OpenAsync("9:16");

        provider.Find("input[data-testid=export-aspect]").Change(false);

        Assert.True(provider.Find("[data-testid=export-confirm]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Cancel_closes_without_a_request()
    {
        var (provider, dialog) = await OpenAsync("9:16");

        provider.Find("[data-testid=export-cancel]").Click();

        Assert.True((await dialog.Result)?.Canceled);
    }
}
