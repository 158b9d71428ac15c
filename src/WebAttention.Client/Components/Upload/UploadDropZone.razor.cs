using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace WebAttention.Client.Components.Upload;

/// <summary>
/// A drop area over a transparent file input: dropping a file or clicking opens the same input,
/// so both paths give one <see cref="IBrowserFile"/>.
/// </summary>
public sealed partial class UploadDropZone
{
    private bool dragging;

    /// <summary>Raised with the file the user chose or dropped.</summary>
    [Parameter, EditorRequired]
    public EventCallback<IBrowserFile> OnFileChosen { get; set; }

    /// <summary>True while an upload runs; the zone takes no new file.</summary>
    [Parameter]
    public bool Disabled { get; set; }

    private string ZoneClass => "drop-zone" + (dragging ? " dragging" : string.Empty) + (Disabled ? " disabled" : string.Empty);

    private void SetDragging(bool value) => dragging = value;

    private Task ChosenAsync(InputFileChangeEventArgs e)
    {
        dragging = false;
        return e.FileCount > 0 ? OnFileChosen.InvokeAsync(e.File) : Task.CompletedTask;
    }
}
