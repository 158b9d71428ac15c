using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Client.Layout;
using WebAttention.Client.Services.Api;
using WebAttention.Core;

namespace WebAttention.Client.Tests.Components.Layout;

public class SystemDeviceChipTests : MudTestContext
{
    private readonly CountingSystemApi api = new();
    private readonly BunitAuthorizationContext auth;

    public SystemDeviceChipTests()
    {
        Services.AddSingleton<ISystemApi>(api);
        auth = AddAuthorization();
    }

    [Fact]
    public void Signed_out_it_asks_the_server_nothing_and_shows_no_chip()
    {
        var cut = Render<SystemDeviceChip>();

        Assert.Equal(0, api.Calls);
        Assert.Empty(cut.FindAll("[data-testid=inference-device]"));
    }

    [Fact]
    public void Signed_in_it_shows_the_servers_device()
    {
        auth.SetAuthorized("creator@example.test");

        var cut = Render<SystemDeviceChip>();

        cut.WaitForAssertion(() => Assert.Contains("cuda", cut.Find("[data-testid=inference-device]").TextContent, StringComparison.Ordinal));
        Assert.Equal(1, api.Calls);
    }

    [Fact]
    public void Signing_in_later_loads_the_device_then_signing_out_hides_it()
    {
        var cut = Render<SystemDeviceChip>();

        auth.SetAuthorized("creator@example.test");
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=inference-device]")));

        auth.SetNotAuthorized();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=inference-device]")));
        Assert.Equal(1, api.Calls);
    }

    [Fact]
    public void The_tooltip_names_the_model_and_the_servers_plain_device_description()
    {
        var tooltip = SystemDeviceChip.TooltipOf(new SystemInfo("cpu", "resnet18-readout-v1", "CPU (no CUDA on this machine)"));

        Assert.Equal("Model resnet18-readout-v1 on CPU (no CUDA on this machine)", tooltip);
    }

    private sealed class CountingSystemApi : ISystemApi
    {
        public int Calls { get; private set; }

        public Task<SystemInfo?> GetSystemInfoAsync(CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult<SystemInfo?>(new SystemInfo("cuda", "resnet18-readout-v1", "NVIDIA H100"));
        }
    }
}
