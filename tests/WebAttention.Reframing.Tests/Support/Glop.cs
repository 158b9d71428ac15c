using Microsoft.Extensions.DependencyInjection;
using WebAttention.Reframing.DependencyInjection;
using WebAttention.Reframing.Solving;

namespace WebAttention.Reframing.Tests.Support;

/// <summary>The reframing objects as the hosts compose them (<c>AddReframing</c>: GLOP behind <see cref="IAxisPathSolver"/>).</summary>
internal static class Glop
{
    private static readonly ServiceProvider Services =
        new ServiceCollection().AddReframing().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

    /// <summary>The registered <see cref="Reframing.Reframer"/>.</summary>
    public static Reframer Reframer => Services.GetRequiredService<Reframer>();

    /// <summary>The registered <see cref="CropPathSolver"/> (solving and re-solving edited spans).</summary>
    public static CropPathSolver Solver => Services.GetRequiredService<CropPathSolver>();
}
