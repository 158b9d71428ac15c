namespace WebAttention.Cli.Evaluation;

/// <summary>What <c>eval --json FILE</c> writes (camelCase).</summary>
/// <param name="Dataset">Data set name.</param>
/// <param name="Root">Data set folder.</param>
/// <param name="Split">Split evaluated.</param>
/// <param name="Images">Images scored.</param>
/// <param name="Subjects">Distinct subjects.</param>
/// <param name="Fixations">Fixations inside the images.</param>
/// <param name="SigmaPixels">σ of the fixation density maps.</param>
/// <param name="Model">Model name and version.</param>
/// <param name="Device">Execution device.</param>
/// <param name="Rows">The model, then the centre-bias and human-consistency references.</param>
/// <param name="WallSeconds">Wall time of the evaluation (model load excluded).</param>
public sealed record EvalReport(
    string Dataset,
    string Root,
    string Split,
    int Images,
    int Subjects,
    int Fixations,
    double SigmaPixels,
    string Model,
    string Device,
    IReadOnlyList<EvalRow> Rows,
    double WallSeconds);
