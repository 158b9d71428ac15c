using Microsoft.Extensions.Options;

namespace WebAttention.Inference.Faces;

/// <summary>Start-up and constructor validation of <see cref="BlazeFaceOptions"/> (source-generated from its DataAnnotations).</summary>
[OptionsValidator]
public sealed partial class BlazeFaceOptionsValidator : IValidateOptions<BlazeFaceOptions>;
