using WebAttention.Reframing.Solving;

namespace WebAttention.Reframing.Tests.Solving;

public class GlopAxisPathSolverTests
{
    private static AxisProblem Problem(double[] target, double velocity = 10, double acceleration = 1, double jerk = 100, double maxStep = double.PositiveInfinity) => new()
    {
        Target = target,
        Weight = [.. target.Select(_ => 1.0)],
        Lower = [.. target.Select(_ => 0.0)],
        Upper = [.. target.Select(_ => 2000.0)],
        Fixed = [.. target.Select(_ => double.NaN)],
        Velocity = velocity,
        Acceleration = acceleration,
        Jerk = jerk,
        MaxStep = maxStep,
    };

    [Fact]
    public void Without_a_dead_zone_alternating_20_px_jitter_still_gives_a_constant_path()
    {
        var target = Enumerable.Range(0, 100).Select(t => t % 2 == 0 ? 980.0 : 940.0).ToArray();

        var path = new GlopAxisPathSolver().Solve(Problem(target), CancellationToken.None)!;

        Assert.True(path.Max() - path.Min() < 1e-6);
        Assert.InRange(path[0], 940, 980);
    }

    [Fact]
    public void A_long_linear_move_is_followed_exactly_in_the_middle()
    {
        var target = Enumerable.Range(0, 200).Select(t => 300 + (5.0 * t)).ToArray();

        var path = new GlopAxisPathSolver().Solve(Problem(target), CancellationToken.None)!;

        for (var t = 20; t < 180; t++)
        {
            Assert.InRange(path[t], target[t] - 1, target[t] + 1);
        }
    }

    [Fact]
    public void The_speed_limit_holds()
    {
        var target = Enumerable.Range(0, 60).Select(t => t < 30 ? 200.0 : 1800.0).ToArray();

        var path = new GlopAxisPathSolver().Solve(Problem(target, maxStep: 25), CancellationToken.None)!;

        Assert.All(path.Zip(path.Skip(1)), p => Assert.True(Math.Abs(p.Second - p.First) <= 25 + 1e-6));
    }

    [Fact]
    public void Fixed_values_before_the_span_are_joined_without_being_moved()
    {
        var target = Enumerable.Repeat(1000.0, 30).ToArray();
        var problem = Problem(target) with { Before = [500, 500, 500] };

        var path = new GlopAxisPathSolver().Solve(problem, CancellationToken.None)!;

        Assert.InRange(path[0], 500, 1000);
        Assert.InRange(path[^1], 999, 1001);
    }

    [Fact]
    public void Contradictory_bounds_report_no_solution()
    {
        var problem = Problem([100, 200]) with { Fixed = [100, 1900], MaxStep = 10 };

        Assert.Null(new GlopAxisPathSolver().Solve(problem, CancellationToken.None));
    }
}
