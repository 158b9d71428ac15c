using Microsoft.AspNetCore.Components;
using MudBlazor;
using WebAttention.Client.Studio;

namespace WebAttention.Client.Components.Studio;

/// <summary>Asks which aspects to render, at what height and with which padding; closes with an <c>ExportRequest</c>.</summary>
public sealed partial class ExportDialog
{
    private readonly ExportChoice choice = new();

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>Aspects that have a crop path (all ticked at first).</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<string> Aspects { get; set; } = [];

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        foreach (var aspect in Aspects)
        {
            choice.Aspects.Add(aspect);
        }
    }

    private void Toggle(string aspect, bool on)
    {
        if (on)
        {
            choice.Aspects.Add(aspect);
        }
        else
        {
            choice.Aspects.Remove(aspect);
        }
    }

    private void Cancel() => Dialog.Cancel();

    private void Confirm() => Dialog.Close(DialogResult.Ok(choice.ToRequest(Aspects)));
}
