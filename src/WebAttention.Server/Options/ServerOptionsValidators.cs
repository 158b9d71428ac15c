using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WebAttention.Pipeline.Reframing.Export;
using WebAttention.Server.Models;
using WebAttention.Server.Telemetry;

namespace WebAttention.Server.Options;

/// <summary>Binds an options type from its section and checks it at start-up with its source-generated validator.</summary>
internal static class ValidatedOptions
{
    public static IServiceCollection AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, IConfiguration configuration, string sectionName)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(sectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services;
    }
}

/// <summary>Start-up validation of <see cref="StorageOptions"/> (source-generated from its DataAnnotations).</summary>
[OptionsValidator]
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;

/// <summary>Start-up validation of <see cref="UploadOptions"/> (source-generated).</summary>
[OptionsValidator]
internal sealed partial class UploadOptionsValidator : IValidateOptions<UploadOptions>;

/// <summary>Start-up validation of <see cref="JobOptions"/> (source-generated).</summary>
[OptionsValidator]
internal sealed partial class JobOptionsValidator : IValidateOptions<JobOptions>;

/// <summary>Start-up validation of <see cref="ModelOptions"/> (source-generated).</summary>
[OptionsValidator]
internal sealed partial class ModelOptionsValidator : IValidateOptions<ModelOptions>;

/// <summary>Start-up validation of <see cref="MetricsOptions"/> (source-generated).</summary>
[OptionsValidator]
internal sealed partial class MetricsOptionsValidator : IValidateOptions<MetricsOptions>;

/// <summary>Start-up validation of <see cref="EdlOptions"/>, the configured part of every export's EDL (source-generated).</summary>
[OptionsValidator]
internal sealed partial class EdlOptionsValidator : IValidateOptions<EdlOptions>;
