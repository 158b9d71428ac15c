using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using WebAttention.Core.Uploads;

namespace WebAttention.Client.Components.Upload;

/// <summary>A file picked to continue an interrupted upload.</summary>
/// <param name="Upload">The interrupted upload.</param>
/// <param name="File">The file the user picked (checked against the upload before anything is sent).</param>
public sealed record InterruptedResume(UploadSummary Upload, IBrowserFile File);

/// <summary>The user's interrupted uploads with how far each got, to resume (pick the file again) or discard.</summary>
public sealed partial class InterruptedUploads
{
    /// <summary>Unfinished uploads, newest first; nothing is shown when empty.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<UploadSummary> Items { get; set; } = [];

    /// <summary>True while an upload runs: no new resume or discard.</summary>
    [Parameter]
    public bool Busy { get; set; }

    /// <summary>Raised with the upload and the file picked to continue it.</summary>
    [Parameter]
    public EventCallback<InterruptedResume> OnResume { get; set; }

    /// <summary>Raised when the user discards an upload.</summary>
    [Parameter]
    public EventCallback<UploadSummary> OnDiscard { get; set; }

    /// <summary>"128.0 KB of 512.0 KB (25%) · started 3 Dec 14:05 UTC".</summary>
    public static string Describe(UploadSummary upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var started = upload.StartedAt.ToUniversalTime().ToString("d MMM HH:mm", CultureInfo.InvariantCulture);
        return $"{Format.Bytes(upload.ReceivedBytes)} of {Format.Bytes(upload.Length)} ({Format.Percent(Fraction(upload))}) · started {started} UTC";
    }

    private static double Fraction(UploadSummary upload) => upload.Length <= 0 ? 0 : (double)upload.ReceivedBytes / upload.Length;

    private string PickerClass =>
        "resume-picker mud-button-root mud-button mud-button-outlined mud-button-outlined-primary mud-button-outlined-size-small"
        + (Busy ? " disabled" : string.Empty);

    private Task ResumeAsync(UploadSummary upload, InputFileChangeEventArgs e) =>
        e.FileCount > 0 ? OnResume.InvokeAsync(new InterruptedResume(upload, e.File)) : Task.CompletedTask;
}
