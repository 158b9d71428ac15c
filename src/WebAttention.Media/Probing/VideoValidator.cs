using System.Globalization;
using WebAttention.Core.Media;
using WebAttention.Media.Configuration;
using WebAttention.Media.Processes;

namespace WebAttention.Media.Probing;

/// <summary>
/// Pure judgement of a probed file: turns ffprobe's report (or its error) and the file size into a
/// <see cref="ProbeVerdict"/> under <see cref="MediaLimits"/>. Never looks at the file name.
/// </summary>
public static partial class VideoValidator
{
    /// <summary>The refusal sentence for files ffmpeg cannot read.</summary>
    public const string NotVideoMessage = "This file is not a video ffmpeg can read.";

    // Demuxers that "open" arbitrary bytes as text art (a .txt or .bin file probes as a video).
    private static readonly HashSet<string> TextArtFormats = ["tty", "bin", "xbin", "adf", "idf"];
    private static readonly HashSet<string> TextArtCodecs = ["ansi", "bintext", "xbin", "idf"];

    // Demuxers that only point at other files or sockets (playlists, session descriptions); refused by name.
    private static readonly HashSet<string> ReferenceFormats = ["concat", "hls", "dash", "imf", "sdp", "rtsp", "rtp", "ffmetadata"];

    // ffmpeg stderr phrases meaning "a real container, but damaged or cut off".
    private static readonly string[] CorruptionHints =
    [
        "moov atom not found", "partial file", "truncat", "EBML header parsing failed",
        "Invalid NAL unit", "error reading header", "stream 0, offset",
    ];

    /// <summary>Refuses before probing when the size alone is disqualifying; null when the size is fine.</summary>
    public static ProbeVerdict? CheckSize(long fileBytes, MediaLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (fileBytes <= 0)
        {
            return ProbeVerdict.Refuse(ProbeRefusal.Empty, "The file is empty.");
        }

        return fileBytes > limits.MaxBytes
            ? ProbeVerdict.Refuse(ProbeRefusal.TooLarge, $"The file is {ByteText.Format(fileBytes)}; the limit is {ByteText.Format(limits.MaxBytes)}.")
            : null;
    }

    /// <summary>
    /// Judges a probe that failed (ffprobe exited non-zero or printed no JSON). Damaged only when ffmpeg
    /// says so and the file starts like a video container (<see cref="ContainerSniffer"/>): a text file
    /// named .mp4 also makes ffmpeg miss the moov atom, but it is simply not a video.
    /// </summary>
    public static ProbeVerdict JudgeFailure(string ffprobeError, ReadOnlySpan<byte> header, MediaLimits? limits = null)
    {
        var error = ffprobeError ?? string.Empty;
        // ffmpeg refuses to open a picture too large to allocate ("Picture size 65535x65535 is invalid"): say so.
        if (limits is not null && PictureSizeRefused().Match(error) is { Success: true } size
            && int.TryParse(size.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var width)
            && int.TryParse(size.Groups[2].ValueSpan, CultureInfo.InvariantCulture, out var height)
            && ResolutionVerdict(width, height, limits) is { } tooLarge)
        {
            return tooLarge;
        }

        // A playlist or session description naming other files or sockets, stopped by UntrustedInput before it read them.
        if (RefusedDemuxer().Match(error) is { Success: true } demuxer && ReferenceFormats.Contains(demuxer.Groups[1].Value))
        {
            return ProbeVerdict.Refuse(ProbeRefusal.NotVideo, $"This file is a playlist ({demuxer.Groups[1].Value}) that points at other files or streams, not a video; upload the video file itself.");
        }

        // A container declaring more tracks than ffmpeg opens ("Number of streams exceeds max_streams parameter (1000)").
        if (TooManyStreams().Match(error) is { Success: true } streams)
        {
            return ProbeVerdict.Refuse(ProbeRefusal.NotVideo, $"This file declares more than {streams.Groups[1].Value} streams; ffmpeg opens at most {streams.Groups[1].Value}, so it cannot be read.");
        }

        return ContainerSniffer.LooksLikeVideoContainer(header)
            && CorruptionHints.Any(h => error.Contains(h, StringComparison.OrdinalIgnoreCase))
            ? ProbeVerdict.Refuse(ProbeRefusal.Corrupt, "This video file is damaged or incomplete (it may have been cut off while copying or uploading).")
            : ProbeVerdict.Refuse(ProbeRefusal.NotVideo, NotVideoMessage);
    }

    /// <summary>Judges a successful probe of a file of <paramref name="fileBytes"/> bytes.</summary>
    public static ProbeVerdict Judge(FfprobeReport report, long fileBytes, MediaLimits limits)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(limits);
        if (CheckSize(fileBytes, limits) is { } sizeVerdict)
        {
            return sizeVerdict;
        }

        var formats = report.FormatName.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (formats.Length == 0 || formats.Any(TextArtFormats.Contains))
        {
            return ProbeVerdict.Refuse(ProbeRefusal.NotVideo, NotVideoMessage);
        }

        var video = report.Streams.FirstOrDefault(s => s.IsVideo);
        if (video is null)
        {
            return report.Streams.Any(s => s.CodecType == "audio")
                ? ProbeVerdict.Refuse(ProbeRefusal.NoVideoStream, "This file has sound but no video stream.")
                : ProbeVerdict.Refuse(ProbeRefusal.NoVideoStream, "This file has no video stream.");
        }

        if (TextArtCodecs.Contains(video.CodecName))
        {
            return ProbeVerdict.Refuse(ProbeRefusal.NotVideo, NotVideoMessage);
        }

        if (formats.Any(f => f == "image2" || f.EndsWith("_pipe", StringComparison.Ordinal)))
        {
            return ProbeVerdict.Refuse(ProbeRefusal.StillImage, "This is a still image, not a video.");
        }

        if (video.Width <= 0 || video.Height <= 0 || video.FrameRate is not { } fps)
        {
            return ProbeVerdict.Refuse(ProbeRefusal.Corrupt, "The video stream has no usable picture size or frame rate; the file may be damaged.");
        }

        // Limits the header alone decides come first: a header claiming an absurd picture is refused for that, even
        // when it holds no playable frame (a lone y4m header) and would otherwise read as "cannot tell how long".
        if (ResolutionVerdict(video.Width, video.Height, limits) is { } resolutionVerdict)
        {
            return resolutionVerdict;
        }

        if (fps > limits.MaxFrameRate + 0.01)
        {
            return ProbeVerdict.Refuse(
                ProbeRefusal.FrameRateTooHigh,
                string.Create(CultureInfo.InvariantCulture, $"The video runs at {Math.Round(fps, 2)} fps; the limit is {limits.MaxFrameRate} fps."));
        }

        var duration = report.Duration is { } d && d > TimeSpan.Zero ? d
            : video.Duration is { } vd && vd > TimeSpan.Zero ? vd
            : video.FrameCount is { } n ? TimeSpan.FromSeconds(n / fps)
            : TimeSpan.Zero;
        var frames = video.FrameCount ?? (long)Math.Round(duration.TotalSeconds * fps);
        if (duration <= TimeSpan.Zero || frames <= 0)
        {
            return ProbeVerdict.Refuse(ProbeRefusal.Corrupt, "ffmpeg cannot tell how long this video is; the file may be damaged (re-saving it as MP4 usually helps).");
        }

        if (frames == 1 && duration <= TimeSpan.FromSeconds(1.0 / fps) + TimeSpan.FromMilliseconds(1))
        {
            return ProbeVerdict.Refuse(ProbeRefusal.StillImage, "This is a still image, not a video.");
        }

        if (duration > limits.MaxDuration)
        {
            return ProbeVerdict.Refuse(ProbeRefusal.TooLong, $"The clip is {DurationText.Format(duration)} long; the limit is {DurationText.Format(limits.MaxDuration)}.");
        }

        var hasAudio = report.Streams.Any(s => s.CodecType == "audio");
        return ProbeVerdict.Accept(new VideoInfo(duration, fps, video.Width, video.Height, frames, video.CodecName, hasAudio) { SampleAspect = video.SampleAspect });
    }

    private static ProbeVerdict? ResolutionVerdict(int width, int height, MediaLimits limits)
    {
        var (longMax, shortMax) = (Math.Max(limits.MaxWidth, limits.MaxHeight), Math.Min(limits.MaxWidth, limits.MaxHeight));
        return Math.Max(width, height) > longMax || Math.Min(width, height) > shortMax
            ? ProbeVerdict.Refuse(ProbeRefusal.ResolutionTooHigh, $"The video is {width}x{height}; the limit is {longMax}x{shortMax}.")
            : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"Picture size (\d+)x(\d+) is invalid")]
    private static partial System.Text.RegularExpressions.Regex PictureSizeRefused();

    [System.Text.RegularExpressions.GeneratedRegex(@"\[(\w+) @ 0x[0-9a-fA-F]+\] Format not on whitelist")]
    private static partial System.Text.RegularExpressions.Regex RefusedDemuxer();

    [System.Text.RegularExpressions.GeneratedRegex(@"exceeds max_streams parameter \((\d+)\)")]
    private static partial System.Text.RegularExpressions.Regex TooManyStreams();
}
