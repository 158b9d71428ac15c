using Microsoft.AspNetCore.Components;
using MudBlazor;
using WebAttention.Client.Studio;
using WebAttention.Core.Media;

namespace WebAttention.Client.Components.Studio;

/// <summary>
/// Asks which aspects to render, at what size (by default the best the source supports, shown per aspect with its
/// reason) and with which padding; closes with an <c>ExportRequest</c>.
/// </summary>
public sealed partial class ExportDialog
{
    private readonly ExportChoice choice = new();

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>Aspects that have a crop path (all ticked at first).</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<string> Aspects { get; set; } = [];

    /// <summary>The clip's frame size in pixels: the default export is sized from it (0×0 when unknown).</summary>
    [Parameter]
    public FrameSize Source { get; set; }

    /// <summary>Per aspect, whether the revision that will be exported was approved (from review); empty hides the line.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string> Approvals { get; set; } = new Dictionary<string, string>();

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

    private static string HeightLabel(int? height) => height is { } h ? $"{h} px high" : "Best for the source";

    private void Cancel() => Dialog.Cancel();

    private void Confirm() => Dialog.Close(DialogResult.Ok(choice.ToRequest(Aspects)));
}
