using Microsoft.Extensions.Options;
using WebAttention.Pipeline.Configuration;

namespace WebAttention.Inference.Sessions;

/// <summary>Checks <see cref="InferenceOptions"/> once at start-up (source-generated from its DataAnnotations).</summary>
[OptionsValidator]
public sealed partial class InferenceOptionsValidator : IValidateOptions<InferenceOptions>
{
    /// <summary>Every problem with <paramref name="options"/>, empty when they are usable.</summary>
    public static IEnumerable<string> Problems(InferenceOptions options) => OptionsProblems.Of(new InferenceOptionsValidator(), options);
}
