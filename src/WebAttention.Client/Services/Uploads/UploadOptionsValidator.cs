using Microsoft.Extensions.Options;

namespace WebAttention.Client.Services.Uploads;

/// <summary>Validation of <see cref="UploadOptions"/> (source-generated from its DataAnnotations).</summary>
[OptionsValidator]
public sealed partial class UploadOptionsValidator : IValidateOptions<UploadOptions>;
