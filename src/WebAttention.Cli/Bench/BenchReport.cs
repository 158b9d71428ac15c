namespace WebAttention.Cli.Bench;

/// <summary>What <c>bench --json FILE</c> writes (camelCase).</summary>
/// <param name="Clip">Full path of the clip.</param>
/// <param name="VideoWidth">Clip width.</param>
/// <param name="VideoHeight">Clip height.</param>
/// <param name="VideoFps">Clip frame rate.</param>
/// <param name="Device">Execution device.</param>
/// <param name="DeviceDetail">Why that device.</param>
/// <param name="Model">Model name and version.</param>
/// <param name="AnalysisWidth">Width frames are decoded at.</param>
/// <param name="AnalysisHeight">Height frames are decoded at.</param>
/// <param name="AnalysisFps">Target analysis rate of the end-to-end run.</param>
/// <param name="ModelLoadSeconds">Seconds to get the model ready.</param>
/// <param name="DecodeOnly">ffmpeg decode at analysis size, frames drained (the floor of the pipeline).</param>
/// <param name="ModelBatches">Model only, on pre-decoded frames, per batch size.</param>
/// <param name="ModelBatch1">Model only at batch 1.</param>
/// <param name="ModelBest">The fastest batch size.</param>
/// <param name="BestBatchSize">Its batch size.</param>
/// <param name="EndToEnd">ClipAnalyzer into a null sink (a map for every frame).</param>
/// <param name="EndToEndOverDecode">End-to-end frames/s ÷ decode-only frames/s (a speed ratio, at most 1 in practice; the cost
/// target is its inverse, <see cref="TimeEndToEndOverDecode"/>).</param>
/// <param name="PeakWorkingSetMegabytes">Process peak working set.</param>
/// <param name="PeakManagedHeapMegabytes">Largest managed heap size sampled during the run.</param>
/// <param name="AllocatedMegabytes">Managed bytes allocated during the run.</param>
/// <param name="Motion">The motion channel on the pre-decoded frames (frames/s, mean ms a frame, verdicts).</param>
/// <param name="Faces">The face detector on the pre-decoded frames (null without the BlazeFace model).</param>
public sealed record BenchReport(
    string Clip,
    int VideoWidth,
    int VideoHeight,
    double VideoFps,
    string Device,
    string DeviceDetail,
    string Model,
    int AnalysisWidth,
    int AnalysisHeight,
    double AnalysisFps,
    double ModelLoadSeconds,
    Throughput DecodeOnly,
    IReadOnlyList<Throughput> ModelBatches,
    Throughput ModelBatch1,
    Throughput ModelBest,
    int BestBatchSize,
    Throughput EndToEnd,
    double EndToEndOverDecode,
    double PeakWorkingSetMegabytes,
    double PeakManagedHeapMegabytes,
    double AllocatedMegabytes,
    MotionBenchResult Motion,
    Throughput? Faces = null)
{
    /// <summary>
    /// Wall time a frame end to end ÷ wall time a frame decode only (decode-only frames/s ÷ end-to-end frames/s): how many
    /// times longer the whole analysis takes than decoding alone — the figure the "≤ 3" cost target is about; NaN where
    /// either run handled no frames.
    /// </summary>
    public double TimeEndToEndOverDecode => Throughput.TimeRatio(EndToEnd, DecodeOnly);

    /// <summary>
    /// End-to-end CPU seconds ÷ decode-only CPU seconds (this process and its ffmpeg runs): the cost ratio that other work
    /// on shared cores barely moves; NaN where CPU time is not measured.
    /// </summary>
    public double CpuEndToEndOverDecode => DecodeOnly.CpuSeconds > 0 ? EndToEnd.CpuSeconds / DecodeOnly.CpuSeconds : double.NaN;
}
