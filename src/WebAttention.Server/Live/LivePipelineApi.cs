using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using WebAttention.Core.Live;
using WebAttention.Inference.Faces;
using WebAttention.Inference.Fusion;
using WebAttention.Pipeline.Fusion;
using WebAttention.Pipeline.Motion;

namespace WebAttention.Server.Live;

/// <summary>
/// The settings of the fused pipeline this server runs, for the browser's local mode: one source of truth (the embedded
/// video weights file and the bound options), never a copy in JavaScript.
/// </summary>
/// <param name="Name">Name of the video weights (e.g. "video-v1").</param>
/// <param name="Weights">The video fusion weights.</param>
/// <param name="FaceStride">Faces are looked for on every this-many-th frame; frames between hold the last faces.</param>
/// <param name="NominalFrameRate">Frame rate the live smoothing assumes.</param>
/// <param name="Faces">Face detector settings (score, size and suppression thresholds, tiles).</param>
/// <param name="Motion">Motion channel settings.</param>
public sealed record LivePipelineSettings(
    string Name, VideoFusionWeights Weights, int FaceStride, double NominalFrameRate, LiveFaceSettings Faces, MotionOptions Motion);

/// <summary>The face detector's thresholds as the browser needs them (no file paths).</summary>
public sealed record LiveFaceSettings(double MinScore, double MinSidePixels, double SuppressionIoU, bool Tiles);

/// <summary>Maps <see cref="LiveHubContract.PipelineSettingsRoute"/> (signed-in users, like the models it goes with).</summary>
public static class LivePipelineApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapLivePipelineApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LiveHubContract.PipelineSettingsRoute, Get).RequireAuthorization();
        return endpoints;
    }

    /// <summary>The settings now in force.</summary>
    public static LivePipelineSettings Current(LiveOptions live, BlazeFaceOptions faces, MotionOptions motion)
    {
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(faces);
        return new(
            VideoAttention.Model.Name,
            VideoAttention.Model.Weights,
            VideoAttention.FaceStride,
            live.NominalFrameRate,
            new LiveFaceSettings(faces.MinScore, faces.MinSidePixels, faces.SuppressionIoU, faces.Tiles),
            motion);
    }

    private static Ok<LivePipelineSettings> Get(IOptions<LiveOptions> live, IOptions<BlazeFaceOptions> faces, IOptions<MotionOptions> motion) =>
        TypedResults.Ok(Current(live.Value, faces.Value, motion.Value));
}
