using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.DependencyInjection;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Solving;
using WebAttention.Reframing.Tests.Support;

namespace WebAttention.Reframing.Tests.DependencyInjection;

public sealed class AddReframingTests
{
    private static ServiceProvider Build(IServiceCollection services) =>
        services.AddReframing().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    [Fact]
    public void GLOP_is_the_registered_axis_solver_and_the_reframing_objects_are_shared()
    {
        using var services = Build(new ServiceCollection());

        Assert.IsType<GlopAxisPathSolver>(services.GetRequiredService<IAxisPathSolver>());
        Assert.Same(services.GetRequiredService<Reframer>(), services.GetRequiredService<Reframer>());
        Assert.Same(services.GetRequiredService<CropPathSolver>(), services.GetRequiredService<CropPathSolver>());
    }

    [Fact]
    public void The_registered_reframer_solves_a_path_that_follows_the_focus()
    {
        using var services = Build(new ServiceCollection());
        var focus = Tracks.Of(Enumerable.Repeat(1500.0, 60));

        var path = services.GetRequiredService<Reframer>().Reframe(focus, Tracks.OneShot(60), Tracks.Hd, 30, new ReframeRequest(AspectRatio.Portrait9x16));

        Assert.Equal(60, path.FrameCount);
        Assert.All(path.Frames, w => Assert.InRange(w.CenterX, 1400, 1600));
    }

    [Fact]
    public void A_host_may_register_another_axis_solver_first()
    {
        var greedy = new ReframingFrames.GreedyAxisSolver();
        var collection = new ServiceCollection();
        collection.AddSingleton<IAxisPathSolver>(greedy);
        using var services = Build(collection);

        services.GetRequiredService<CropPathSolver>().Solve(Tracks.Hd, 30, Tracks.OneShot(40), Tracks.Of(Enumerable.Range(0, 40).Select(i => i < 20 ? 300.0 : 1600.0)), new ReframeRequest(AspectRatio.Portrait9x16));

        Assert.Same(greedy, services.GetRequiredService<IAxisPathSolver>());
        Assert.True(greedy.Calls > 0);
    }
}
