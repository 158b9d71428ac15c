using WebAttention.Pipeline.Fusion;
using WebAttention.Reframing.Model;

namespace WebAttention.Inference.Fusion;

/// <summary>The JSON shape of a video model weight file (<c>Weights/video-v1.json</c>).</summary>
public sealed record VideoFusionDocument
{
    /// <summary>Always <see cref="VideoFusionWeightsFile.FormatName"/>.</summary>
    public string Format { get; init; } = VideoFusionWeightsFile.FormatName;

    /// <summary>Format version (1).</summary>
    public int FormatVersion { get; init; } = 1;

    /// <summary>Name, e.g. "video-v1".</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The weights (see <see cref="VideoFusionWeights"/>).</summary>
    public required VideoFusionWeights Weights { get; init; }

    /// <summary>The focus track's evidence knobs for video (fitted by gaze share), or null for the defaults.</summary>
    public FocusOptions? Focus { get; init; }

    /// <summary>How the weights were fitted (null for hand-set ones).</summary>
    public VideoFitRecord? Fit { get; init; }
}

/// <summary>The training record of a video model: data, command, split and the log-likelihoods it reached.</summary>
public sealed record VideoFitRecord
{
    /// <summary>Data set and its citation.</summary>
    public string Dataset { get; init; } = string.Empty;

    /// <summary>The command that reproduces the fit.</summary>
    public string Command { get; init; } = string.Empty;

    /// <summary>Videos fitted on.</summary>
    public IReadOnlyList<string> FitVideos { get; init; } = [];

    /// <summary>Held-out videos, reported only.</summary>
    public IReadOnlyList<string> ValVideos { get; init; } = [];

    /// <summary>Analysis settings (size, rate, channels).</summary>
    public string Analysis { get; init; } = string.Empty;

    /// <summary>What was maximised and how.</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>Gaze samples on the fit videos.</summary>
    public int FitSamples { get; init; }

    /// <summary>Gaze samples on the validation videos.</summary>
    public int ValSamples { get; init; }

    /// <summary>Mean log-likelihood per gaze sample (nats, on the map grid, every frame) of the image fusion on the fit videos.</summary>
    public double FitLogLikelihoodImageFusion { get; init; }

    /// <summary>The same for the video model.</summary>
    public double FitLogLikelihoodVideo { get; init; }

    /// <summary>The image fusion on the validation videos.</summary>
    public double ValLogLikelihoodImageFusion { get; init; }

    /// <summary>The video model on the validation videos.</summary>
    public double ValLogLikelihoodVideo { get; init; }

    /// <summary>A uniform map, for scale (−log cells).</summary>
    public double LogLikelihoodUniform { get; init; }

    /// <summary>How the focus knobs were chosen.</summary>
    public string FocusMethod { get; init; } = string.Empty;

    /// <summary>Seconds the fit took (recording excluded).</summary>
    public double Seconds { get; init; }
}
