namespace WebAttention.Training.Fusion;

/// <summary>Settings of the fusion fit (<c>webattention train --stage fusion</c>). Defaults reproduce the committed <c>fusion-v1.json</c>.</summary>
public sealed record FusionFitOptions
{
    /// <summary>OSIE folder; null = <c>../shared/data/osie</c> beside the repository.</summary>
    public string? DataRoot { get; init; }

    /// <summary>Weight file to write; null = <c>src/WebAttention.Inference/Weights/fusion-v1.json</c> in the repository.</summary>
    public string? OutputPath { get; init; }

    /// <summary>Readout weights of the fixed model; null = the repository's <c>Weights/readout-v1.json</c> (else the embedded one).</summary>
    public string? ReadoutWeightsPath { get; init; }

    /// <summary>Analysis width of the images (the readout was trained at 384×288, OSIE is 4:3).</summary>
    public int AnalysisWidth { get; init; } = 384;

    /// <summary>Analysis height.</summary>
    public int AnalysisHeight { get; init; } = 288;

    /// <summary>Blob widths (fraction of the box) tried before golden-section refinement.</summary>
    public IReadOnlyList<double> SigmaGrid { get; init; } = [0.1, 0.15, 0.25, 0.35, 0.5, 0.7, 1.0, 1.4, 2.0, 2.8];

    /// <summary>Problems with these settings (empty when valid).</summary>
    public IEnumerable<string> Problems()
    {
        if (AnalysisWidth <= 0 || AnalysisHeight <= 0 || AnalysisWidth % 32 != 0 || AnalysisHeight % 32 != 0)
        {
            yield return "AnalysisWidth and AnalysisHeight must be positive multiples of 32.";
        }

        if (SigmaGrid.Count == 0 || SigmaGrid.Any(s => !(s > 0) || s > 5))
        {
            yield return "SigmaGrid needs values in (0, 5].";
        }
    }
}
