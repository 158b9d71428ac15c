using Microsoft.Extensions.Options;

namespace WebAttention.Pipeline.Shots;

/// <summary>Validation of <see cref="HistogramCutOptions"/> (source-generated from its DataAnnotations).</summary>
[OptionsValidator]
public sealed partial class HistogramCutOptionsValidator : IValidateOptions<HistogramCutOptions>;
