namespace WebAttention.Training.Readout;

/// <summary>Settings of a readout training run. Defaults reproduce the committed <c>readout-v1.json</c>.</summary>
public sealed record TrainingOptions
{
    /// <summary>OSIE folder; null = <see cref="Datasets.OsieDataset.DefaultRoot"/> (<c>../shared/data/osie</c> beside the repo).</summary>
    public string? DataRoot { get; init; }

    /// <summary>Weight file to write; null = <c>src/WebAttention.Inference/Weights/readout-v1.json</c> in the repo (or <c>readout-v1.json</c> here).</summary>
    public string? OutputPath { get; init; }

    /// <summary>Folder for the feature cache; null = <c>data/cache</c> in the repo (git-ignored). Ignored when <see cref="UseCache"/> is false.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>Read and write the feature cache.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Readout name written into the file.</summary>
    public string Name { get; init; } = "readout-v1";

    /// <summary>Analysis width (multiple of 32; OSIE is 4:3).</summary>
    public int AnalysisWidth { get; init; } = 384;

    /// <summary>Analysis height (multiple of 32).</summary>
    public int AnalysisHeight { get; init; } = 288;

    /// <summary>Hidden 1×1 channels.</summary>
    public int Hidden { get; init; } = 16;

    /// <summary>Fixed blur σ in map cells.</summary>
    public float BlurSigma { get; init; } = 0.7f;

    /// <summary>Prior grid rows.</summary>
    public int PriorRows { get; init; } = 6;

    /// <summary>Prior grid columns.</summary>
    public int PriorCols { get; init; } = 8;

    /// <summary>Upper bound on epochs.</summary>
    public int MaxEpochs { get; init; } = 30;

    /// <summary>Stop after this many epochs without a better val NLL.</summary>
    public int Patience { get; init; } = 6;

    /// <summary>Images per mini-batch.</summary>
    public int BatchSize { get; init; } = 20;

    /// <summary>Adam step size of the readout weights (cosine-decayed to 5 % over <see cref="MaxEpochs"/>).</summary>
    public double LearningRate { get; init; } = 2e-3;

    /// <summary>Adam step size of the prior grid (same decay).</summary>
    public double PriorLearningRate { get; init; } = 2e-2;

    /// <summary>L2 penalty on W1 and W2.</summary>
    public double WeightDecay { get; init; } = 1e-4;

    /// <summary>Seed of initialisation and shuffling.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Worker threads (0 = all cores).</summary>
    public int Threads { get; init; }

    /// <summary>Images per backbone run during extraction.</summary>
    public int ExtractionBatch { get; init; } = 4;

    /// <summary>ResNet18.onnx to use; null = the NuGet package's.</summary>
    public string? ResNet18Path { get; init; }

    /// <summary>Problems with these settings (empty when valid).</summary>
    public IEnumerable<string> Problems()
    {
        if (AnalysisWidth <= 0 || AnalysisHeight <= 0 || AnalysisWidth % 32 != 0 || AnalysisHeight % 32 != 0)
        {
            yield return "AnalysisWidth and AnalysisHeight must be positive multiples of 32.";
        }

        if (Hidden <= 0 || PriorRows <= 0 || PriorCols <= 0 || BatchSize <= 0 || MaxEpochs <= 0 || Patience <= 0 || ExtractionBatch <= 0)
        {
            yield return "Hidden, PriorRows, PriorCols, BatchSize, MaxEpochs, Patience and ExtractionBatch must be positive.";
        }

        if (BlurSigma < 0 || LearningRate <= 0 || PriorLearningRate <= 0 || WeightDecay < 0 || Threads < 0)
        {
            yield return "BlurSigma, WeightDecay and Threads must not be negative; learning rates must be positive.";
        }
    }
}
