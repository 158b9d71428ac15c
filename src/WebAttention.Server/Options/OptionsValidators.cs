using Microsoft.Extensions.Options;
using WebAttention.Server.Models;
using WebAttention.Server.Telemetry;

namespace WebAttention.Server.Options;

// The server's own options, each checked at start-up by a validator generated from its DataAnnotations
// (bound with AddValidatedOptions in HostingExtensions and ObservabilityExtensions).
[OptionsValidator] internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;
[OptionsValidator] internal sealed partial class UploadOptionsValidator : IValidateOptions<UploadOptions>;
[OptionsValidator] internal sealed partial class JobOptionsValidator : IValidateOptions<JobOptions>;
[OptionsValidator] internal sealed partial class ModelOptionsValidator : IValidateOptions<ModelOptions>;
[OptionsValidator] internal sealed partial class MetricsOptionsValidator : IValidateOptions<MetricsOptions>;
[OptionsValidator] internal sealed partial class S3MediaOptionsValidator : IValidateOptions<WebAttention.Server.Storage.S3MediaOptions>;
