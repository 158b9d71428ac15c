using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using WebAttention.Client.Components.Studio;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Tests.Components.Studio;

public class ExportDialogTests : MudTestContext
{
    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> OpenAsync(params string[] aspects)
    {
        var provider = Render<MudDialogProvider>();
        var service = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<ExportDialog> { { d => d.Aspects, aspects } };
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
        Assert.Equal(1920, request.Height);
        Assert.Equal("blur", request.Padding);
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
