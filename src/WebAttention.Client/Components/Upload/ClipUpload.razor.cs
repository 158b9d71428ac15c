using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using WebAttention.Client.Services.Uploads;

namespace WebAttention.Client.Components.Upload;

/// <summary>
/// Upload of one clip at a time: drop zone or picker, then progress with rate and cancel.
/// The transfer itself (chunks, acks, hashing, resume) is <see cref="IUploadService"/>'s.
/// </summary>
public sealed partial class ClipUpload : IDisposable
{
    private static readonly TimeSpan RenderInterval = TimeSpan.FromMilliseconds(100);
    private readonly CancellationTokenSource lifetime = new();
    private CancellationTokenSource? uploadCancellation;
    private UploadProgress? progress;
    private string? fileName;
    private string? error;
    private bool running;
    private bool cancelling;
    private long lastRender;

    [Inject]
    private IUploadService Uploads { get; set; } = default!;

    [Inject]
    private UploadOptions Options { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    /// <summary>Raised with the new clip's id after the server accepted the upload.</summary>
    [Parameter]
    public EventCallback<Guid> OnUploaded { get; set; }

    /// <summary>Raised with the error message when the server refused the file.</summary>
    [Parameter]
    public EventCallback<string> OnUploadFailed { get; set; }

    /// <inheritdoc />
    public void Dispose()
    {
        // Leaving the page pauses the upload; choosing the same file again resumes it.
        lifetime.Cancel();
        lifetime.Dispose();
        uploadCancellation?.Dispose();
    }

    /// <summary>Uploads <paramref name="file"/> (public so a page can hand over a file it got elsewhere).</summary>
    public async Task UploadAsync(IBrowserFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (running)
        {
            return;
        }
        error = CheckFile(file);
        if (error is not null)
        {
            Snackbar.Add(error, Severity.Warning);
            return;
        }

        running = true;
        cancelling = false;
        fileName = file.Name;
        progress = new UploadProgress(Guid.Empty, UploadPhase.Starting, 0, file.Size, 0);
        uploadCancellation = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token);
        try
        {
            var result = await Uploads.UploadAsync(new BrowserFileSource(file), new Reporter(this), uploadCancellation.Token);
            if (result.ClipId is { } clipId)
            {
                Snackbar.Add($"“{file.Name}” uploaded; analysis is queued.", Severity.Success);
                await OnUploaded.InvokeAsync(clipId);
            }
            else
            {
                await FailAsync(result.Error ?? "The server refused the file.");
            }
        }
        catch (OperationCanceledException) when (uploadCancellation.IsCancellationRequested)
        {
            // Cancelled by the user (handled in CancelAsync) or the page went away.
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException or Microsoft.AspNetCore.SignalR.HubException or Microsoft.JSInterop.JSException)
        {
            await FailAsync($"The upload stopped: {ex.Message}");
        }
        finally
        {
            running = false;
            progress = null;
            uploadCancellation.Dispose();
            uploadCancellation = null;
        }
    }

    private async Task CancelAsync()
    {
        if (uploadCancellation is null || progress is null)
        {
            return;
        }
        cancelling = true;
        var uploadId = progress.UploadId;
        await uploadCancellation.CancelAsync();
        if (uploadId != Guid.Empty)
        {
            try
            {
                await Uploads.DiscardAsync(uploadId, lifetime.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The server drops abandoned sessions by itself; nothing the user can do.
                Snackbar.Add($"Could not discard the upload on the server: {ex.Message}", Severity.Info);
            }
        }
        Snackbar.Add("Upload cancelled.", Severity.Info);
    }

    private async Task FailAsync(string message)
    {
        error = message;
        Snackbar.Add(message, Severity.Error);
        await OnUploadFailed.InvokeAsync(message);
    }

    private string? CheckFile(IBrowserFile file)
    {
        if (file.Size == 0)
        {
            return $"“{file.Name}” is empty.";
        }
        if (file.Size > Options.MaxFileBytes)
        {
            return $"“{file.Name}” is {Format.Bytes(file.Size)}; the limit is {Format.Bytes(Options.MaxFileBytes)}.";
        }
        // Browsers leave the type empty for some containers (mkv); only refuse what is clearly not video.
        var type = file.ContentType;
        if (!string.IsNullOrEmpty(type) && !type.StartsWith("video/", StringComparison.OrdinalIgnoreCase)
            && !type.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            return $"“{file.Name}” is not a video ({type}).";
        }
        return null;
    }

    private void OnProgress(UploadProgress next)
    {
        var phaseChanged = progress?.Phase != next.Phase;
        progress = next;
        var now = Time.GetTimestamp();
        if (phaseChanged || Time.GetElapsedTime(lastRender, now) >= RenderInterval)
        {
            lastRender = now;
            _ = InvokeAsync(StateHasChanged);
        }
    }

    /// <summary>Progress sink that updates the component without capturing a synchronisation context.</summary>
    private sealed class Reporter(ClipUpload owner) : IProgress<UploadProgress>
    {
        public void Report(UploadProgress value) => owner.OnProgress(value);
    }
}
