using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WebAttention.Reframing.Solving;

namespace WebAttention.Reframing.DependencyInjection;

/// <summary>Registers the reframing core with its LP back end; the server and the CLI compose it the same way.</summary>
public static class ReframingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAxisPathSolver"/> (GLOP, <see cref="GlopAxisPathSolver"/>), <see cref="CropPathSolver"/> (solving and
    /// re-solving edited spans) and <see cref="Reframer"/>, all singletons: they hold no per-clip state.
    /// </summary>
    public static IServiceCollection AddReframing(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IAxisPathSolver, GlopAxisPathSolver>();
        services.TryAddSingleton<CropPathSolver>();
        services.TryAddSingleton<Reframer>();
        return services;
    }
}
