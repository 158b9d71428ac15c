using Microsoft.AspNetCore.Components;
using WebAttention.Client.Services.Uploads;

namespace WebAttention.Client.Components.Upload;

/// <summary>Progress of a running upload: bar, bytes, rate, phase, and a cancel button.</summary>
public sealed partial class UploadProgressView
{
    /// <summary>Latest progress.</summary>
    [Parameter, EditorRequired]
    public UploadProgress Progress { get; set; } = default!;

    /// <summary>Name of the file being uploaded.</summary>
    [Parameter, EditorRequired]
    public string FileName { get; set; } = string.Empty;

    /// <summary>True after cancel was pressed, until the upload stops.</summary>
    [Parameter]
    public bool Cancelling { get; set; }

    /// <summary>Raised when the user cancels the upload.</summary>
    [Parameter]
    public EventCallback OnCancel { get; set; }

    private string Summary
    {
        get
        {
            var amounts = $"{Format.Bytes(Progress.AcknowledgedBytes)} of {Format.Bytes(Progress.Length)} ({Format.Percent(Progress.Fraction)})";
            return Progress.Phase switch
            {
                UploadPhase.Starting => "Starting…",
                UploadPhase.Verifying => $"Resuming: checking the {Format.Bytes(Progress.AcknowledgedBytes)} already uploaded…",
                UploadPhase.Reconnecting => $"Connection lost at {amounts}; reconnecting to resume…",
                UploadPhase.Finishing => "Uploaded; the server is checking the file…",
                _ => $"{amounts} · {Format.Rate(Progress.BytesPerSecond)}{(Progress.Resumed ? " · resumed" : string.Empty)}",
            };
        }
    }
}
