using Microsoft.JSInterop;

namespace WebAttention.Client.Services.Interop;

/// <summary>Letting go of a component's JavaScript module or object when the component goes away.</summary>
public static class JsModules
{
    /// <summary>
    /// Calls <paramref name="farewell"/> on <paramref name="reference"/> (e.g. "detach", "dispose") when given, then
    /// disposes it. When the page itself is going away the browser frees everything anyway, so a closed connection is
    /// not an error here.
    /// </summary>
    public static async ValueTask ReleaseAsync(IJSObjectReference? reference, string? farewell = null, params object?[] args)
    {
        if (reference is null)
        {
            return;
        }
        try
        {
            if (farewell is not null)
            {
                await reference.InvokeVoidAsync(farewell, args);
            }
            await reference.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The page is going away, and the module with it.
        }
    }
}
