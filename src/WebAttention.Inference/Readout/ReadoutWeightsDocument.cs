namespace WebAttention.Inference.Readout;

/// <summary>The JSON shape of a readout weight file (see <see cref="ReadoutWeightsFile"/>).</summary>
public sealed record ReadoutWeightsDocument
{
    /// <summary>Always <see cref="ReadoutWeightsFile.FormatName"/>.</summary>
    public string Format { get; init; } = ReadoutWeightsFile.FormatName;

    /// <summary>Format version (1).</summary>
    public int FormatVersion { get; init; } = 1;

    /// <summary>Name of the readout, e.g. "readout-v1".</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Backbone and feature tensors it was trained on.</summary>
    public string Backbone { get; init; } = string.Empty;

    /// <summary>Feature strides stacked, in channel order.</summary>
    public IReadOnlyList<int> FeatureStrides { get; init; } = [];

    /// <summary>Stride of the output grid.</summary>
    public int GridStride { get; init; }

    /// <summary>Stacked feature channels C.</summary>
    public int Channels { get; init; }

    /// <summary>Hidden 1×1 channels.</summary>
    public int Hidden { get; init; }

    /// <summary>Blur σ in cells.</summary>
    public float BlurSigma { get; init; }

    /// <summary>Prior grid rows.</summary>
    public int PriorRows { get; init; }

    /// <summary>Prior grid columns.</summary>
    public int PriorCols { get; init; }

    /// <summary>The training run.</summary>
    public TrainingRecord? Training { get; init; }

    /// <summary>Per-channel mean [C].</summary>
    public float[] FeatureMean { get; init; } = [];

    /// <summary>Per-channel scale [C].</summary>
    public float[] FeatureScale { get; init; } = [];

    /// <summary>W1 [Hidden, C].</summary>
    public float[] W1 { get; init; } = [];

    /// <summary>B1 [Hidden].</summary>
    public float[] B1 { get; init; } = [];

    /// <summary>W2 [Hidden].</summary>
    public float[] W2 { get; init; } = [];

    /// <summary>Log prior grid [PriorRows, PriorCols].</summary>
    public float[] Prior { get; init; } = [];
}
