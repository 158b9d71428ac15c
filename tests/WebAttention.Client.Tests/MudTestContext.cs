using MudBlazor.Services;

namespace WebAttention.Client.Tests;

/// <summary>
/// A bUnit context with MudBlazor's services and loose JS interop (MudBlazor's key interceptor and
/// popovers call JS); disposed asynchronously because some MudBlazor services are async-disposable only.
/// </summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
