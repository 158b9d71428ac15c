using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Configuration;
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
        services.AddValidatedOptions<AnalysisOptions, AnalysisOptionsValidator>(configuration, AnalysisOptions.SectionName);
        services.AddValidatedOptions<MotionOptions, MotionOptionsValidator>(configuration, MotionOptions.SectionName);

        // Stateless: one estimator shared by all analysis jobs.
        services.TryAddSingleton<IMotionEstimator>(sp => new MotionEstimator(sp.GetRequiredService<IOptions<MotionOptions>>().Value));
        return services;
    }
}
