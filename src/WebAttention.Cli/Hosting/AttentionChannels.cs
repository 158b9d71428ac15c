using Spectre.Console;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Inference.Faces;
using WebAttention.Inference.Fusion;
using WebAttention.Inference.Sessions;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Fusion;
using WebAttention.Pipeline.Motion;

namespace WebAttention.Cli.Hosting;

/// <summary>
/// The face and motion channels the server fuses with the model, for commands that run the server's pipeline
/// (<c>analyze</c>, <c>saliency CLIP</c>) and for <c>eval</c>'s face rows. Without the BlazeFace file the
/// commands go on without faces, with a warning naming the script that fetches it.
/// </summary>
internal static class AttentionChannels
{
    /// <summary>The BlazeFace detector, or null (after a warning) when its model file is missing or wrong.</summary>
    public static BlazeFaceDetector? TryFaceDetector(CliConsole console, CliHost host, CancellationToken cancellationToken)
    {
        try
        {
            return new BlazeFaceDetector(host.Services.GetRequiredService<OrtSessionFactory>(), cancellationToken: cancellationToken);
        }
        catch (FaceModelUnavailableException ex)
        {
            console.Error.WriteLine($"warning: no face channel: {ex.Message}");
            return null;
        }
    }

    /// <summary>The summary line naming the channels that ran, e.g. "Channels: model + faces + motion".</summary>
    public static string Describe(FusedSaliencyPredictor fused) =>
        $"Channels: {string.Join(" + ", fused.Channels)}" + (fused.DetectsFaces ? string.Empty : " (no face channel: see the warning above)");

    /// <summary>
    /// The summary line for maps read back from a saliency index, whose model name carries the fused channels
    /// ("resnet18-readout-v1+faces+motion+video"; "video" stands for the video model's static-overlay and centre channels).
    /// </summary>
    public static string DescribeStored(string indexModelName)
    {
        ArgumentNullException.ThrowIfNull(indexModelName);
        var parts = indexModelName.Split('+');
        return $"Channels: {string.Join(" + ", ["model", .. parts.Skip(1).SelectMany(p => p == "video" ? new[] { "static overlay", "centre" } : [p])])}" +
            (parts.Contains("faces") ? string.Empty : " (no face channel)");
    }

    /// <summary>For a clip: the video model (<see cref="VideoAttention"/>: faces, motion, static overlay), as the server runs it.</summary>
    public static FusedSaliencyPredictor FuseClip(ISaliencyPredictor model, IFaceDetector? faces) =>
        VideoAttention.Predictor(model, faces, new MotionEstimator());

    /// <summary>For still images: the model fused with faces (when <paramref name="faces"/> is given) and motion, with the trained image fusion weights.</summary>
    public static FusedSaliencyPredictor Fuse(ISaliencyPredictor model, IFaceDetector? faces) =>
        new(model, faces, new MotionEstimator(), FusionWeightsFile.LoadEmbedded().Weights);
}
