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
/// <param name="AnalysisLongSide">The long side images were analysed at (<c>--long-side</c>), or null for the model's default.</param>
/// <param name="AnalysisSize">Model input size of the first image (e.g. 384x288 for OSIE's 800x600).</param>
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
    double WallSeconds,
    int? AnalysisLongSide,
    string AnalysisSize);
