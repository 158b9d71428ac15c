using Microsoft.Extensions.Options;

namespace WebAttention.Media.Configuration;

/// <summary>Start-up validation of <see cref="MediaLimits"/> (source-generated from its DataAnnotations).</summary>
[OptionsValidator]
public sealed partial class MediaLimitsValidator : IValidateOptions<MediaLimits>;
