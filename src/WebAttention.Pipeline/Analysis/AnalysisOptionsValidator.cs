using Microsoft.Extensions.Options;

namespace WebAttention.Pipeline.Analysis;

/// <summary>
/// Options validation for hosts: register with <c>services.AddSingleton&lt;IValidateOptions&lt;AnalysisOptions&gt;, AnalysisOptionsValidator&gt;()</c>
/// and call <c>ValidateOnStart()</c> so a bad configuration stops the process at start-up.
/// </summary>
public sealed class AnalysisOptionsValidator : IValidateOptions<AnalysisOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
