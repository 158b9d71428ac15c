using Microsoft.AspNetCore.Components;

namespace WebAttention.Client.Components.Account;

/// <summary>The centred card around the sign-in and registration forms.</summary>
public sealed partial class AccountCard
{
    /// <summary>Heading of the card.</summary>
    [Parameter, EditorRequired]
    public string Title { get; set; } = string.Empty;

    /// <summary>Form and links.</summary>
    [Parameter, EditorRequired]
    public RenderFragment? ChildContent { get; set; }
}
