using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using WebAttention.Client.Services.Uploads;
using WebAttention.Core.Uploads;

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

    /// <summary>Raised with true when an upload or resume starts and with false when it ended, however it ended.</summary>
    [Parameter]
    public EventCallback<bool> RunningChanged { get; set; }

    /// <summary>Raised with the upload's id once a cancelled upload was discarded on the server.</summary>
    [Parameter]
    public EventCallback<Guid> OnDiscarded { get; set; }

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
    public Task UploadAsync(IBrowserFile file) =>
        RunAsync(file, (source, reporter, token) => Uploads.UploadAsync(source, reporter, token));

    /// <summary>
    /// Continues <paramref name="interrupted"/> with <paramref name="file"/>; another file is refused with a message
    /// naming both. The element that gave <paramref name="file"/> must stay rendered until this completes.
    /// </summary>
    public Task ResumeAsync(IBrowserFile file, UploadSummary interrupted) =>
        RunAsync(file, (source, reporter, token) => Uploads.ResumeAsync(source, interrupted, reporter, token));

    private async Task RunAsync(IBrowserFile file, Func<IUploadSource, IProgress<UploadProgress>, CancellationToken, Task<UploadResult>> upload)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (running)
        {
            return;
        }
        error = CheckFile(file);
        if (error is not null)
        {
            // A resume is started from another component's event: render here too.
            StateHasChanged();
            return;
        }

        running = true;
        cancelling = false;
        fileName = file.Name;
        progress = new UploadProgress(Guid.Empty, UploadPhase.Starting, 0, file.Size, 0);
        uploadCancellation = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token);
        try
        {
            StateHasChanged();
            await RunningChanged.InvokeAsync(true);
            var result = await upload(new BrowserFileSource(file), new Reporter(this), uploadCancellation.Token);
            if (result.ClipId is { } clipId)
            {
                Snackbar.Add($"“{file.Name}” uploaded; analysis is queued.", Severity.Success);
                await OnUploaded.InvokeAsync(clipId);
            }
            else
            {
                await FailAsync(file.Name, result.Error ?? "the server refused the file.");
            }
        }
        catch (OperationCanceledException) when (uploadCancellation.IsCancellationRequested)
        {
            // Cancelled by the user (handled in CancelAsync) or the page went away.
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException or Microsoft.AspNetCore.SignalR.HubException or Microsoft.JSInterop.JSException)
        {
            await FailAsync(file.Name, $"the upload stopped: {ex.Message}");
        }
        finally
        {
            running = false;
            progress = null;
            uploadCancellation.Dispose();
            uploadCancellation = null;
            StateHasChanged();
            await RunningChanged.InvokeAsync(false);
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
        var name = fileName;
        await uploadCancellation.CancelAsync();
        try
        {
            // Cancel means discard: the part file and the server's record go at once (a reload keeps them).
            if (uploadId != Guid.Empty)
            {
                await Uploads.DiscardAsync(uploadId, lifetime.Token);
                await OnDiscarded.InvokeAsync(uploadId);
            }
            Snackbar.Add($"Upload of “{name}” cancelled and discarded.", Severity.Info);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The server drops abandoned sessions by itself; nothing the user can do.
            Snackbar.Add($"Upload of “{name}” cancelled; the server could not discard it yet ({ex.Message}).", Severity.Info);
        }
    }

    // Shown once, inline beside the upload (it stays until closed), and always naming the file.
    private async Task FailAsync(string file, string message)
    {
        error = NameTheFile(file, message);
        await OnUploadFailed.InvokeAsync(error);
    }

    /// <summary>The error as shown: <paramref name="message"/>, led by the file's name unless it already names it.</summary>
    public static string NameTheFile(string file, string message) =>
        message.Contains($"“{file}”", StringComparison.Ordinal)
            ? message
            : $"“{file}” was not uploaded: {LowerFirst(message)}";

    // "The file…" reads on after a colon as "the file…"; "SHA-256…" stays as it is.
    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

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
