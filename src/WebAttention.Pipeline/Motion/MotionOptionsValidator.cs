using Microsoft.Extensions.Options;

namespace WebAttention.Pipeline.Motion;

/// <summary>Start-up and constructor validation of <see cref="MotionOptions"/> (source-generated from its DataAnnotations).</summary>
[OptionsValidator]
public sealed partial class MotionOptionsValidator : IValidateOptions<MotionOptions>;
