using Microsoft.AspNetCore.Components;
using WebAttention.Core.Models;

namespace WebAttention.Client.Components.Models;

/// <summary>Registered models with their manifest facts, validity and default badge, and the admin's row actions.</summary>
public sealed partial class ModelTable
{
    /// <summary>Models to list.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<ModelSummary> Models { get; set; } = [];

    /// <summary>True while a change is in flight: row actions are disabled.</summary>
    [Parameter]
    public bool Busy { get; set; }

    /// <summary>Raised when the admin asks to make a model the default.</summary>
    [Parameter]
    public EventCallback<ModelSummary> OnSetDefault { get; set; }

    /// <summary>Raised when the admin asks to delete a model.</summary>
    [Parameter]
    public EventCallback<ModelSummary> OnDelete { get; set; }

    /// <summary>The first 12 hex digits, enough to tell graphs apart at a glance.</summary>
    internal static string ShortHash(string? sha256) => sha256 is { Length: > 12 } ? sha256[..12] : sha256 ?? "–";
}
