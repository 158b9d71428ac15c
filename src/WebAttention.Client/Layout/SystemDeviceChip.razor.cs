using Microsoft.AspNetCore.Components.Authorization;
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

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    private string Tooltip => info is null ? string.Empty : TooltipOf(info);

    /// <summary>The chip's tooltip: the model and the server's plain description of its device (no exception text).</summary>
    public static string TooltipOf(SystemInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return $"Model {info.Model}{(string.IsNullOrWhiteSpace(info.DeviceDetail) ? string.Empty : $" on {info.DeviceDetail}")}";
    }

    private Color ChipColor => info?.Device.Contains("cuda", StringComparison.OrdinalIgnoreCase) == true ? Color.Success : Color.Default;

    /// <inheritdoc />
    public void Dispose()
    {
        Authentication.AuthenticationStateChanged -= OnAuthenticationChanged;
        lifetime.Cancel();
        lifetime.Dispose();
    }

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        // /api/system needs a signed-in user: ask again after every sign-in or sign-out.
        Authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        await LoadAsync(Authentication.GetAuthenticationStateAsync());
    }

    private void OnAuthenticationChanged(Task<AuthenticationState> state) =>
        _ = InvokeAsync(async () =>
        {
            await LoadAsync(state);
            StateHasChanged();
        });

    private async Task LoadAsync(Task<AuthenticationState> state)
    {
        // Signed out: nothing to show, and no request that could only answer 401.
        if ((await state).User.Identity?.IsAuthenticated != true)
        {
            info = null;
            return;
        }

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
