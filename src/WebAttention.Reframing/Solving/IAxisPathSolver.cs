namespace WebAttention.Reframing.Solving;

/// <summary>
/// Solves an <see cref="AxisProblem"/> (a linear program). The Pipeline stays free of native solvers:
/// the GLOP implementation lives in <c>WebAttention.Reframing</c>.
/// </summary>
public interface IAxisPathSolver
{
    /// <summary>
    /// The optimal centres, one per frame of the problem; null when the constraints cannot all hold
    /// (the caller relaxes them and asks again).
    /// </summary>
    double[]? Solve(AxisProblem problem, CancellationToken cancellationToken);
}
