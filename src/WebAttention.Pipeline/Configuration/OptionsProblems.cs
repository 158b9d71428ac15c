using Microsoft.Extensions.Options;

namespace WebAttention.Pipeline.Configuration;

/// <summary>Runs an options validator outside a host (constructors, CLI flags), so both paths apply the same rules. Pure.</summary>
public static class OptionsProblems
{
    /// <summary>The failure messages of <paramref name="validator"/> for <paramref name="options"/>; empty when valid.</summary>
    public static IReadOnlyList<string> Of<TOptions>(IValidateOptions<TOptions> validator, TOptions options)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(options);
        var result = validator.Validate(Options.DefaultName, options);
        return result.Failed ? [.. result.Failures ?? [result.FailureMessage]] : [];
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> (every failure in its message) unless <paramref name="options"/> are valid.</summary>
    public static TOptions ThrowIfInvalid<TOptions>(IValidateOptions<TOptions> validator, TOptions options)
        where TOptions : class
    {
        var problems = Of(validator, options);
        return problems.Count == 0 ? options : throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), problems);
    }
}
