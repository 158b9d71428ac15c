using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WebAttention.Inference.Faces;
using WebAttention.Inference.Models;
using WebAttention.Inference.Prediction;
using WebAttention.Inference.Sessions;
using WebAttention.Pipeline.Configuration;

namespace WebAttention.Inference;

/// <summary>Registers the inference stage.</summary>
public static class InferenceServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="InferenceOptions"/> from the <c>Inference</c> section of <paramref name="configuration"/> and
    /// <see cref="BlazeFaceOptions"/> from <c>Inference:Faces</c> (both validated at start-up) and registers <see cref="OrtSessionFactory"/>, <see cref="ModelRegistry"/> and
    /// <see cref="IPredictorFactory"/> as singletons.
    /// </summary>
    public static IServiceCollection AddInference(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<InferenceOptions, InferenceOptionsValidator>(configuration, InferenceOptions.SectionName);
        services.AddValidatedOptions<BlazeFaceOptions, BlazeFaceOptionsValidator>(configuration, BlazeFaceOptions.SectionName);
        services.TryAddSingleton<OrtSessionFactory>();
        services.TryAddSingleton<ModelRegistry>();
        services.TryAddSingleton<IPredictorFactory, PredictorFactory>();
        return services;
    }
}
