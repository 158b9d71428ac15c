using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Fusion;
using WebAttention.Pipeline.Motion;

namespace WebAttention.Pipeline;

/// <summary>Registers the pipeline's options and its stateless stages.</summary>
public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="AnalysisOptions"/> (<c>Analysis</c>, shot cuts under <c>Analysis:ShotCuts</c>) and
    /// <see cref="MotionOptions"/> (<c>Analysis:Motion</c>) from <paramref name="configuration"/>, checks them with their
    /// source-generated validators at start-up, and registers the shared <see cref="IMotionEstimator"/>.
    /// </summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AnalysisOptions>().Bind(configuration.GetSection(AnalysisOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnalysisOptions>, AnalysisOptionsValidator>());
        services.AddOptions<MotionOptions>().Bind(configuration.GetSection(MotionOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MotionOptions>, MotionOptionsValidator>());

        // Stateless: one estimator shared by all analysis jobs.
        services.TryAddSingleton<IMotionEstimator>(sp => new MotionEstimator(sp.GetRequiredService<IOptions<MotionOptions>>().Value));
        return services;
    }
}
