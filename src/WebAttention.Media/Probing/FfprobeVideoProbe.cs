using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WebAttention.Core.Media;
using WebAttention.Media.Configuration;
using WebAttention.Media.Processes;

namespace WebAttention.Media.Probing;

/// <summary>
/// <see cref="IVideoProbe"/> running <c>ffprobe</c> (see <see cref="FfmpegCommands.Probe"/>) and
/// judging its JSON with the pure <see cref="VideoValidator"/>. It runs ffprobe on <see cref="ToolRunner"/>
/// (<see cref="ToolProcess"/>), not FFMpegCore's <c>FFProbe</c>: a failed probe is an answer here (a refusal judged from
/// stderr and the file's magic bytes), where FFProbe throws; and the validator reads <c>nb_frames</c>, which FFMpegCore
/// 6.0.0's stream model does not map (it does map sample_aspect_ratio, avg_frame_rate and r_frame_rate).
/// </summary>
public sealed partial class FfprobeVideoProbe : IVideoProbe
{
    private readonly FfmpegOptions _ffmpeg;
    private readonly MediaLimits _limits;
    private readonly ILogger<FfprobeVideoProbe> _logger;

    /// <summary>Creates a probe.</summary>
    public FfprobeVideoProbe(IOptions<FfmpegOptions> ffmpeg, IOptions<MediaLimits> limits, ILogger<FfprobeVideoProbe>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(ffmpeg);
        ArgumentNullException.ThrowIfNull(limits);
        _ffmpeg = ffmpeg.Value;
        _limits = limits.Value;
        _logger = logger ?? NullLogger<FfprobeVideoProbe>.Instance;
    }

    /// <inheritdoc />
    public async Task<ProbeVerdict> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return ProbeVerdict.Refuse(ProbeRefusal.Missing, "The file does not exist.");
        }

        if (VideoValidator.CheckSize(file.Length, _limits) is { } sizeVerdict)
        {
            return sizeVerdict;
        }

        var result = await ToolRunner.RunAsync(_ffmpeg.FfprobePath, FfmpegCommands.Probe(file.FullName), _ffmpeg.ProbeTimeout, cancellationToken)
            .ConfigureAwait(false);
        var report = result.Succeeded ? FfprobeJsonParser.Parse(result.StandardOutput) : null;
        var verdict = report is null
            ? VideoValidator.JudgeFailure(result.StderrTail, await ContainerSniffer.ReadHeaderAsync(file.FullName, cancellationToken).ConfigureAwait(false), _limits)
            : VideoValidator.Judge(report, file.Length, _limits);
        if (!verdict.IsAccepted)
        {
            LogRefused(file.Name, verdict.Reason, result.StderrTail);
        }

        return verdict;
    }

    /// <inheritdoc />
    public async Task<VideoInfo> GetVideoInfoAsync(string path, CancellationToken cancellationToken)
    {
        var verdict = await ProbeAsync(path, cancellationToken).ConfigureAwait(false);
        return verdict.IsAccepted ? verdict.Info : throw new MediaException(verdict.Message);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {File}: {Reason}. ffprobe said: {Error}")]
    private partial void LogRefused(string file, ProbeRefusal reason, string error);
}
