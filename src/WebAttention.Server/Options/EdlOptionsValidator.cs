using Microsoft.Extensions.Options;
using WebAttention.Pipeline.Reframing.Export;

namespace WebAttention.Server.Options;

/// <summary>Start-up validation of <see cref="EdlOptions"/>, the configured part of every export's EDL (source-generated).</summary>
[OptionsValidator]
internal sealed partial class EdlOptionsValidator : IValidateOptions<EdlOptions>;
