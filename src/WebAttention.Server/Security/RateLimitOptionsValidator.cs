using Microsoft.Extensions.Options;

namespace WebAttention.Server.Security;

[OptionsValidator] internal sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>;
