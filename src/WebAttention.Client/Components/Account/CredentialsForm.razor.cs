using Microsoft.AspNetCore.Components;
using WebAttention.Core;

namespace WebAttention.Client.Components.Account;

/// <summary>Email and password form with validation, used by sign-in and registration.</summary>
public sealed partial class CredentialsForm
{
    private CredentialsModel model = new();

    /// <summary>Text of the submit button.</summary>
    [Parameter, EditorRequired]
    public string SubmitLabel { get; set; } = string.Empty;

    /// <summary>True for registration: asks for the password twice and checks its length.</summary>
    [Parameter]
    public bool IsRegistration { get; set; }

    /// <summary>Error from the server to show above the button.</summary>
    [Parameter]
    public string? Error { get; set; }

    /// <summary>True while the request runs; disables the button.</summary>
    [Parameter]
    public bool Busy { get; set; }

    /// <summary>Raised with the credentials when the form is valid and submitted.</summary>
    [Parameter, EditorRequired]
    public EventCallback<Credentials> OnSubmit { get; set; }

    private string? PasswordHelp => IsRegistration ? $"At least {CredentialsModel.MinimumPasswordLength} characters." : null;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (model.IsRegistration != IsRegistration)
        {
            model = new CredentialsModel { IsRegistration = IsRegistration };
        }
    }

    private Task SubmitAsync() => OnSubmit.InvokeAsync(new Credentials(model.Email.Trim(), model.Password));
}
