namespace WebAttention.Inference.Fusion;

/// <summary>The JSON shape of a fusion weight file (<c>Weights/fusion-v1.json</c>).</summary>
public sealed record FusionWeightsDocument
{
    /// <summary>Always <see cref="FusionWeightsFile.FormatName"/>.</summary>
    public string Format { get; init; } = FusionWeightsFile.FormatName;

    /// <summary>Format version (1).</summary>
    public int FormatVersion { get; init; } = 1;

    /// <summary>Name, e.g. "fusion-v1".</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Log-weight of the face channel.</summary>
    public double Face { get; init; }

    /// <summary>Face blob σ as a fraction of the box size.</summary>
    public double FaceSigma { get; init; }

    /// <summary>Log-weight of the motion channel.</summary>
    public double Motion { get; init; }

    /// <summary>How <see cref="Motion"/> was chosen.</summary>
    public string MotionNote { get; init; } = string.Empty;

    /// <summary>How <see cref="Face"/> and <see cref="FaceSigma"/> were fitted (null for hand-set weights).</summary>
    public FusionFitRecord? Fit { get; init; }
}

/// <summary>The record of a fusion fit: data, settings and what it achieved.</summary>
public sealed record FusionFitRecord
{
    /// <summary>Data set and its credit.</summary>
    public string Dataset { get; init; } = string.Empty;

    /// <summary>Which split fitted, which reported.</summary>
    public string Split { get; init; } = string.Empty;

    /// <summary>Images of the fitting split.</summary>
    public int TrainImages { get; init; }

    /// <summary>Images of the reporting split.</summary>
    public int ValImages { get; init; }

    /// <summary>Images of each split in which at least one face was found.</summary>
    public string ImagesWithFaces { get; init; } = string.Empty;

    /// <summary>The fixed attention model the channel is fused with.</summary>
    public string Model { get; init; } = string.Empty;

    /// <summary>Face detector and its settings.</summary>
    public string Detector { get; init; } = string.Empty;

    /// <summary>Map grid the likelihood is computed on.</summary>
    public string Grid { get; init; } = string.Empty;

    /// <summary>What was maximised and how.</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>Mean log-likelihood a fixation (nats, grid cells) on train: model only.</summary>
    public double TrainLogLikelihoodModel { get; init; }

    /// <summary>Same, with faces.</summary>
    public double TrainLogLikelihoodFused { get; init; }

    /// <summary>Mean log-likelihood a fixation on val: model only.</summary>
    public double ValLogLikelihoodModel { get; init; }

    /// <summary>Same, with faces.</summary>
    public double ValLogLikelihoodFused { get; init; }

    /// <summary>Training-time NSS (bilinear to image size) on train: model only.</summary>
    public double TrainNssModel { get; init; }

    /// <summary>Same, with faces.</summary>
    public double TrainNssFused { get; init; }

    /// <summary>Training-time NSS on val: model only.</summary>
    public double ValNssModel { get; init; }

    /// <summary>Same, with faces.</summary>
    public double ValNssFused { get; init; }

    /// <summary>Face weight fitted the same way on top of the centre-bias Gaussian instead of the model (the "faces × centre prior" reference of <c>eval</c>); null when not fitted.</summary>
    public double? CentrePriorFace { get; init; }

    /// <summary>Blob σ of that reference.</summary>
    public double? CentrePriorFaceSigma { get; init; }

    /// <summary>Val mean log-likelihood of the centre-bias Gaussian alone.</summary>
    public double? ValLogLikelihoodCentre { get; init; }

    /// <summary>Val mean log-likelihood of the centre-bias Gaussian with faces (its own weights).</summary>
    public double? ValLogLikelihoodCentreFaces { get; init; }

    /// <summary>Seconds the fit took (detection, maps and search).</summary>
    public double Seconds { get; init; }
}
