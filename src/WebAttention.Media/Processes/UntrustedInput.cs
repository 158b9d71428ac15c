namespace WebAttention.Media.Processes;

/// <summary>
/// How ffmpeg and ffprobe may open a file a user sent: through the <c>file</c> protocol only, and only with the
/// demuxers of real video, audio and picture containers. Playlist and reference demuxers (<c>concat</c>, <c>hls</c>,
/// <c>dash</c>, <c>imf</c>, <c>sdp</c>, ...) open other files or sockets named inside the upload; they are refused
/// before they read anything ("Format not on whitelist"), so an uploaded "video" cannot make the server read its
/// local files or the network.
/// </summary>
public static class UntrustedInput
{
    /// <summary>
    /// The demuxers allowed to open an uploaded file (ffmpeg's names; a demuxer with several names, such as
    /// <c>mov,mp4,m4a,3gp,3g2,mj2</c>, is allowed when one of them is listed). Audio-only and still-picture
    /// demuxers stay so such files get their own clear refusal rather than "not a video".
    /// </summary>
    public static readonly IReadOnlyList<string> Demuxers =
    [
        // video containers and elementary streams
        "mov", "matroska", "avi", "flv", "ogg", "mpegts", "mpeg", "mxf", "asf", "nut", "dv", "ivf", "obu",
        "yuv4mpegpipe", "h264", "hevc", "m4v", "mpegvideo", "mjpeg", "vc1", "h263", "rm", "wtv", "gif",
        // audio only (refused as "sound but no video")
        "mp3", "wav", "aac", "flac",
        // still pictures (refused as "a still image")
        "image2", "png_pipe", "jpeg_pipe", "webp_pipe", "bmp_pipe", "tiff_pipe", "svg_pipe", "gif_pipe",
    ];

    /// <summary>The protocols allowed: local files only (never network, pipes or nested protocols).</summary>
    public const string Protocols = "file";

    /// <summary>Adds <c>-protocol_whitelist file -format_whitelist mov,matroska,...</c>, before the input it guards.</summary>
    public static FfmpegArgumentBuilder Restrict(this FfmpegArgumentBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Option("-protocol_whitelist", Protocols).Option("-format_whitelist", string.Join(',', Demuxers));
    }
}
