namespace WebAttention.Inference.Readout;

/// <summary>How a readout weight file was produced: data, split, settings, results and timings.</summary>
public sealed record TrainingRecord
{
    /// <summary>Data set name.</summary>
    public string Dataset { get; init; } = "OSIE";

    /// <summary>Data set citation (credit the authors wherever the model is described).</summary>
    public string DatasetCredit { get; init; } =
        "Xu, Jiang, Wang, Kankanhalli, Zhao, \"Predicting human gaze beyond pixels\", Journal of Vision 14(1):28, 2014 (OSIE), MIT licence";

    /// <summary>Split used: fitted on train, reported on val.</summary>
    public string Split { get; init; } = "fit on train.txt, early stopping and metrics on val.txt";

    /// <summary>Training images.</summary>
    public int TrainImages { get; init; }

    /// <summary>Validation images.</summary>
    public int ValImages { get; init; }

    /// <summary>Fixations in the training images.</summary>
    public int TrainFixations { get; init; }

    /// <summary>Fixations in the validation images.</summary>
    public int ValFixations { get; init; }

    /// <summary>Analysis size width the images were scaled to.</summary>
    public int AnalysisWidth { get; init; }

    /// <summary>Analysis size height the images were scaled to.</summary>
    public int AnalysisHeight { get; init; }

    /// <summary>Map columns (analysis width / 16).</summary>
    public int GridWidth { get; init; }

    /// <summary>Map rows (analysis height / 16).</summary>
    public int GridHeight { get; init; }

    /// <summary>Feature tensors read.</summary>
    public string Features { get; init; } = string.Empty;

    /// <summary>Optimiser and schedule.</summary>
    public string Optimiser { get; init; } = string.Empty;

    /// <summary>Upper bound on epochs.</summary>
    public int MaxEpochs { get; init; }

    /// <summary>Images per mini-batch.</summary>
    public int BatchSize { get; init; }

    /// <summary>Adam step size of the readout weights.</summary>
    public double LearningRate { get; init; }

    /// <summary>Adam step size of the prior grid.</summary>
    public double PriorLearningRate { get; init; }

    /// <summary>L2 penalty on W1 and W2.</summary>
    public double WeightDecay { get; init; }

    /// <summary>Seed of initialisation and shuffling.</summary>
    public int Seed { get; init; }

    /// <summary>Epochs run (early stopping may end before <see cref="MaxEpochs"/>).</summary>
    public int EpochsRun { get; init; }

    /// <summary>Epoch whose weights were kept (lowest val NLL), 1-based.</summary>
    public int BestEpoch { get; init; }

    /// <summary>Mean NLL per fixation on train (nats, over map cells) with the kept weights.</summary>
    public double TrainNll { get; init; }

    /// <summary>Mean NLL per fixation on val (nats, over map cells).</summary>
    public double ValNll { get; init; }

    /// <summary>NLL of the uniform map, log(cells), for comparison.</summary>
    public double UniformNll { get; init; }

    /// <summary>Val NSS of the model (map upsampled bilinearly to image size; simple local NSS).</summary>
    public double ValNss { get; init; }

    /// <summary>Val NSS of the learned centre prior alone.</summary>
    public double ValNssPriorOnly { get; init; }

    /// <summary>Per-epoch train and val NLL.</summary>
    public IReadOnlyList<EpochResult> History { get; init; } = [];

    /// <summary>Seconds spent decoding images and extracting features (0 when read from cache).</summary>
    public double ExtractionSeconds { get; init; }

    /// <summary>Seconds spent fitting.</summary>
    public double FitSeconds { get; init; }

    /// <summary>Wall time of the whole run in seconds.</summary>
    public double TotalSeconds { get; init; }

    /// <summary>Worker threads used.</summary>
    public int Threads { get; init; }

    /// <summary>When the run finished (UTC, ISO 8601).</summary>
    public string FinishedUtc { get; init; } = string.Empty;

    /// <summary>How to reproduce it.</summary>
    public string Command { get; init; } = string.Empty;
}
