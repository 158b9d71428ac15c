using MudBlazor.Services;

namespace WebAttention.Client.Tests;

/// <summary>
/// A bUnit context with MudBlazor's services and loose JS interop (MudBlazor's key interceptor and
/// popovers call JS); disposed asynchronously because some MudBlazor services are async-disposable only.
/// </summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    // CI runs every test project at once on 2 cores; bUnit's 1 s default for WaitFor* is too short there
    // (a render awaited by WaitForAssertion timed out once). Waits still end as soon as they pass.
    static MudTestContext() => DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    protected MudTestContext()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
