namespace WebAttention.Cli.Output;

/// <summary>What <c>analyze</c> writes to <c>summary.json</c> (camelCase).</summary>
/// <param name="Clip">Full path of the clip.</param>
/// <param name="Frames">Frames in the clip = PNGs written.</param>
/// <param name="AnalysedFrames">Frames the model looked at (the others are interpolated).</param>
/// <param name="Fps">The clip's frame rate.</param>
/// <param name="AnalysisFps">Target analysis rate (frames per second of clip time).</param>
/// <param name="Device">Execution device used ("CUDA" or "CPU").</param>
/// <param name="DeviceDetail">Why that device was chosen.</param>
/// <param name="Model">Model name and version.</param>
/// <param name="Channels">The channels fused into the maps ("model", "faces", "motion").</param>
/// <param name="VideoSize">The clip's frame size.</param>
/// <param name="AnalysisSize">Size frames are decoded at and fed to the model.</param>
/// <param name="MapSize">Size of each map and PNG (the model's output grid).</param>
/// <param name="ShotCuts">Frame indices that start a new shot.</param>
/// <param name="SecondsPerStage">Busy seconds of each pipeline stage (decode, sample, predict, interpolate, store).</param>
/// <param name="ModelLoadSeconds">Seconds to get the model ready (composition on first run included).</param>
/// <param name="PipelineSeconds">Wall seconds of the pipeline run.</param>
/// <param name="WallSeconds">Wall seconds of the whole command.</param>
/// <param name="FramesPerSecond">Frames ÷ pipeline seconds.</param>
public sealed record AnalysisSummary(
    string Clip,
    long Frames,
    long AnalysedFrames,
    double Fps,
    double AnalysisFps,
    string Device,
    string DeviceDetail,
    string Model,
    IReadOnlyList<string> Channels,
    SizeJson VideoSize,
    SizeJson AnalysisSize,
    SizeJson? MapSize,
    IReadOnlyList<long> ShotCuts,
    IReadOnlyDictionary<string, double> SecondsPerStage,
    double ModelLoadSeconds,
    double PipelineSeconds,
    double WallSeconds,
    double FramesPerSecond);
