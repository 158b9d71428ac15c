using Microsoft.Extensions.Options;
using WebAttention.Pipeline.Configuration;

namespace WebAttention.Media.Configuration;

/// <summary>Checks <see cref="FfmpegOptions"/> at start-up: binaries present, limits positive (source-generated from its DataAnnotations).</summary>
[OptionsValidator]
public sealed partial class FfmpegOptionsValidator : IValidateOptions<FfmpegOptions>
{
    /// <summary>Human-readable problems with <paramref name="options"/>; empty when valid.</summary>
    public static IEnumerable<string> Problems(FfmpegOptions options) => OptionsProblems.Of(new FfmpegOptionsValidator(), options);
}
