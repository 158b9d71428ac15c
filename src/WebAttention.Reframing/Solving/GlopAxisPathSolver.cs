using Google.OrTools.LinearSolver;
using WebAttention.Reframing.Solving;

namespace WebAttention.Reframing;

/// <summary>
/// <see cref="IAxisPathSolver"/> with GLOP, OR-Tools' simplex LP solver. The L1 problem of
/// <see cref="AxisProblem"/> becomes an LP with slack variables (Grundmann et al. 2011):
/// <list type="bullet">
/// <item>cₜ ∈ [Lowerₜ, Upperₜ] (= Fixedₜ for keyframes): the window centre;</item>
/// <item>eₜ ≥ 0, eₜ ≥ cₜ − fₜ − dz, eₜ ≥ fₜ − cₜ − dz: the data term with dead zone dz;</item>
/// <item>gₜ ≥ 0, gₜ ≥ ±(cₜ − fₜ) − SafeZone: the containment term;</item>
/// <item>for each k = 1, 2, 3 and each run of k+1 consecutive entries of Before ++ c ++ After holding a
/// variable: dₖ ≥ ±Dᵏ (binomial differences), and −MaxStep ≤ D¹ ≤ MaxStep;</item>
/// <item>minimise Σ Weightₜ·(eₜ + Containment·gₜ) + Velocity·Σd₁ + Acceleration·Σd₂ + Jerk·Σd₃.</item>
/// </list>
/// </summary>
public sealed class GlopAxisPathSolver : IAxisPathSolver
{
    private static readonly double[][] Differences = [[-1, 1], [1, -2, 1], [-1, 3, -3, 1]];

    /// <summary>Time limit of one LP (a safety net; typical shots take milliseconds).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromMinutes(2);

    /// <inheritdoc />
    public double[]? Solve(AxisProblem problem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        cancellationToken.ThrowIfCancellationRequested();
        var n = problem.Length;
        if (n == 0)
        {
            return [];
        }

        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools has no GLOP solver.");
        solver.SetTimeLimit((long)TimeLimit.TotalMilliseconds);
        var objective = solver.Objective();
        objective.SetMinimization();
        var c = new Variable[n];
        for (var t = 0; t < n; t++)
        {
            var (lo, hi) = double.IsNaN(problem.Fixed[t]) ? (problem.Lower[t], problem.Upper[t]) : (problem.Fixed[t], problem.Fixed[t]);
            if (lo > hi)
            {
                return null;
            }

            c[t] = solver.MakeNumVar(lo, hi, string.Empty);
            if (problem.Weight[t] > 0)
            {
                AddDistance(solver, objective, c[t], problem.Target[t], problem.DeadZone, problem.Weight[t]);
                if (problem.Containment > 0 && double.IsFinite(problem.SafeZone))
                {
                    AddDistance(solver, objective, c[t], problem.Target[t], problem.SafeZone, problem.Weight[t] * problem.Containment);
                }
            }
        }

        var weights = new[] { problem.Velocity, problem.Acceleration, problem.Jerk };
        var offset = problem.Before.Length;
        var total = offset + n + problem.After.Length;
        for (var k = 0; k < 3; k++)
        {
            var coefficients = Differences[k];
            for (var start = 0; start + coefficients.Length <= total; start++)
            {
                AddDifference(solver, objective, c, problem, offset, start, coefficients, weights[k], k == 0 ? problem.MaxStep : double.PositiveInfinity);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var status = solver.Solve();
        cancellationToken.ThrowIfCancellationRequested();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return null;
        }

        return [.. c.Select(v => v.SolutionValue())];
    }

    // e ≥ max(0, |c − target| − zone), costing weight·e.
    private static void AddDistance(Solver solver, Objective objective, Variable c, double target, double zone, double weight)
    {
        var e = solver.MakeNumVar(0, double.PositiveInfinity, string.Empty);
        objective.SetCoefficient(e, weight);
        var above = solver.MakeConstraint(-target - zone, double.PositiveInfinity);
        above.SetCoefficient(e, 1);
        above.SetCoefficient(c, -1);
        var below = solver.MakeConstraint(target - zone, double.PositiveInfinity);
        below.SetCoefficient(e, 1);
        below.SetCoefficient(c, 1);
    }

    // d ≥ |Σ coefᵢ·sᵢ| over the sequence s = Before ++ c ++ After, constants folded into the bounds.
    private static void AddDifference(Solver solver, Objective objective, Variable[] c, AxisProblem problem, int offset, int start, double[] coefficients, double weight, double maxStep)
    {
        double constant = 0;
        var terms = new List<(Variable Var, double Coef)>(coefficients.Length);
        for (var i = 0; i < coefficients.Length; i++)
        {
            var s = start + i;
            if (s < offset)
            {
                constant += coefficients[i] * problem.Before[s];
            }
            else if (s < offset + c.Length)
            {
                terms.Add((c[s - offset], coefficients[i]));
            }
            else
            {
                constant += coefficients[i] * problem.After[s - offset - c.Length];
            }
        }

        if (terms.Count == 0)
        {
            return;
        }

        if (weight > 0)
        {
            var d = solver.MakeNumVar(0, double.PositiveInfinity, string.Empty);
            objective.SetCoefficient(d, weight);
            var plus = solver.MakeConstraint(constant, double.PositiveInfinity);
            var minus = solver.MakeConstraint(-constant, double.PositiveInfinity);
            plus.SetCoefficient(d, 1);
            minus.SetCoefficient(d, 1);
            foreach (var (v, coef) in terms)
            {
                plus.SetCoefficient(v, -coef);
                minus.SetCoefficient(v, coef);
            }
        }

        if (double.IsFinite(maxStep))
        {
            var limit = solver.MakeConstraint(-maxStep - constant, maxStep - constant);
            foreach (var (v, coef) in terms)
            {
                limit.SetCoefficient(v, coef);
            }
        }
    }
}
