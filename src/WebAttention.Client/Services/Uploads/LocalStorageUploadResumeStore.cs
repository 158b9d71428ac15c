using Microsoft.JSInterop;

namespace WebAttention.Client.Services.Uploads;

/// <summary>Keeps pending uploads in the browser's localStorage through a small JS module.</summary>
public sealed class LocalStorageUploadResumeStore(IJSRuntime js) : IUploadResumeStore, IAsyncDisposable
{
    /// <summary>Path of the module, relative to the app base.</summary>
    public const string ModulePath = "./js/upload-resume.js";

    private Task<IJSObjectReference>? module;

    /// <inheritdoc />
    public async Task<PendingUpload?> FindAsync(string fileName, long size, long lastModified, CancellationToken cancellationToken)
    {
        var js = await GetModuleAsync(cancellationToken);
        return await js.InvokeAsync<PendingUpload?>("find", cancellationToken, fileName, size, lastModified);
    }

    /// <inheritdoc />
    public async Task SaveAsync(PendingUpload upload, CancellationToken cancellationToken)
    {
        var js = await GetModuleAsync(cancellationToken);
        await js.InvokeVoidAsync("save", cancellationToken, upload);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(Guid uploadId, CancellationToken cancellationToken)
    {
        var js = await GetModuleAsync(cancellationToken);
        await js.InvokeVoidAsync("remove", cancellationToken, uploadId);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (module is { IsCompletedSuccessfully: true })
        {
            try
            {
                await (await module).DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The page is going away; nothing to release.
            }
        }
    }

    private Task<IJSObjectReference> GetModuleAsync(CancellationToken cancellationToken) =>
        module ??= js.InvokeAsync<IJSObjectReference>("import", cancellationToken, ModulePath).AsTask();
}
