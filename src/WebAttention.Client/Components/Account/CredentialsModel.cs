using System.ComponentModel.DataAnnotations;

namespace WebAttention.Client.Components.Account;

/// <summary>What the sign-in and registration forms edit.</summary>
public sealed class CredentialsModel : IValidatableObject
{
    /// <summary>Shortest password accepted when registering.</summary>
    public const int MinimumPasswordLength = 8;

    /// <summary>True for registration: the password must be long enough and typed twice.</summary>
    public bool IsRegistration { get; init; }

    /// <summary>Email address (the account name).</summary>
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "That is not an email address.")]
    public string Email { get; set; } = string.Empty;

    /// <summary>Password.</summary>
    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = string.Empty;

    /// <summary>The password again (registration only).</summary>
    public string ConfirmPassword { get; set; } = string.Empty;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsRegistration)
        {
            yield break;
        }
        if (Password.Length < MinimumPasswordLength)
        {
            yield return new ValidationResult($"Use at least {MinimumPasswordLength} characters.", [nameof(Password)]);
        }
        if (!string.Equals(Password, ConfirmPassword, StringComparison.Ordinal))
        {
            yield return new ValidationResult("The passwords do not match.", [nameof(ConfirmPassword)]);
        }
    }
}
