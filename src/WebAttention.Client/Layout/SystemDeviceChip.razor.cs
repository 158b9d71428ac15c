using Microsoft.AspNetCore.Components;
using MudBlazor;
using WebAttention.Client.Services.Api;
using WebAttention.Core;

namespace WebAttention.Client.Layout;

/// <summary>Shows the server's inference device (from /api/system) as a chip.</summary>
public sealed partial class SystemDeviceChip : IDisposable
{
    private readonly CancellationTokenSource lifetime = new();
    private SystemInfo? info;

    [Inject]
    private ISystemApi SystemApi { get; set; } = default!;

    private string Tooltip => info is null
        ? string.Empty
        : $"Model {info.Model}{(string.IsNullOrWhiteSpace(info.DeviceDetail) ? string.Empty : $" on {info.DeviceDetail}")}";

    private Color ChipColor => info?.Device.Contains("cuda", StringComparison.OrdinalIgnoreCase) == true ? Color.Success : Color.Default;

    /// <inheritdoc />
    public void Dispose()
    {
        lifetime.Cancel();
        lifetime.Dispose();
    }

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        try
        {
            info = await SystemApi.GetSystemInfoAsync(lifetime.Token);
        }
        catch (OperationCanceledException)
        {
            // Disposed before the answer came.
        }
    }
}
