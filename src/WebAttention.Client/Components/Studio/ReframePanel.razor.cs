using Microsoft.AspNetCore.Components;
using WebAttention.Client.Studio;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Components.Studio;

/// <summary>Aspect chips (presets and custom W:H, several at once), the motion preset and the Reframe button.</summary>
public sealed partial class ReframePanel
{
    /// <summary>Motion presets the solver knows.</summary>
    public static IReadOnlyList<string> Presets { get; } = ["slower", "default", "faster"];

    private readonly List<string> customs = [];
    private string? custom;
    private string? customError;

    /// <summary>Aspects ticked, written "W:H".</summary>
    [Parameter, EditorRequired]
    public IReadOnlySet<string> Selected { get; set; } = new HashSet<string>();

    /// <summary>Raised with the new set when a chip is toggled or a custom aspect added.</summary>
    [Parameter]
    public EventCallback<IReadOnlySet<string>> SelectedChanged { get; set; }

    /// <summary>The motion preset (slower, default, faster).</summary>
    [Parameter]
    public string Preset { get; set; } = "default";

    /// <summary>Raised when the preset changes.</summary>
    [Parameter]
    public EventCallback<string> PresetChanged { get; set; }

    /// <summary>True while a reframe is being queued or solved.</summary>
    [Parameter]
    public bool Busy { get; set; }

    /// <summary>Raised when Reframe is pressed.</summary>
    [Parameter]
    public EventCallback OnReframe { get; set; }

    private IEnumerable<string> Offered =>
        AspectRatio.Presets.Select(a => a.ToString()).Concat(customs).Concat(Selected).Distinct(StringComparer.Ordinal);

    private Task ToggleAsync(string aspect)
    {
        var next = new HashSet<string>(Selected, StringComparer.Ordinal);
        if (!next.Remove(aspect))
        {
            next.Add(aspect);
        }
        return SelectedChanged.InvokeAsync(next);
    }

    private Task AddCustomAsync()
    {
        if (AspectRatio.TryParseTyped(custom) is not { } aspect)
        {
            customError = "Write two whole numbers up to 100, like 21:9.";
            return Task.CompletedTask;
        }
        customError = null;
        custom = null;
        var text = aspect.ToString();
        if (!customs.Contains(text))
        {
            customs.Add(text);
        }
        return SelectedChanged.InvokeAsync(new HashSet<string>(Selected.Append(text), StringComparer.Ordinal));
    }
}
