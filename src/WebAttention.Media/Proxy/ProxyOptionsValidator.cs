using Microsoft.Extensions.Options;

namespace WebAttention.Media.Proxy;

/// <summary>Start-up validation of <see cref="ProxyOptions"/> (source-generated from its DataAnnotations).</summary>
[OptionsValidator]
public sealed partial class ProxyOptionsValidator : IValidateOptions<ProxyOptions>;
