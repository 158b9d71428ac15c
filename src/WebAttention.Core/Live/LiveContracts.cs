namespace WebAttention.Core.Live;

/// <summary>How a live frame's bytes are encoded.</summary>
public enum LiveFrameFormat
{
    /// <summary>A baseline JPEG (what the browser's canvas encodes).</summary>
    Jpeg = 0,

    /// <summary>Packed 8-bit RGB, width × height × 3 bytes.</summary>
    Rgb24 = 1,
}

/// <summary>Opens a live session.</summary>
/// <param name="Aspect">Aspect of the suggested crop window, e.g. "9:16".</param>
/// <param name="Record">Keep the (JPEG) frames and, when the stream ends, add them to the library as a clip.</param>
/// <param name="Title">The recorded clip's title (default "Live" and the time).</param>
public sealed record LiveSessionRequest(string Aspect, bool Record = false, string? Title = null);

/// <summary>What became of a recorded live session.</summary>
/// <param name="ClipId">The new clip (queued for analysis like an upload), or null when it was refused.</param>
/// <param name="Error">Why there is no clip.</param>
/// <param name="Frames">Frames recorded.</param>
public sealed record LiveRecordingOutcome(Guid? ClipId, string? Error, long Frames);

/// <summary>One captured frame.</summary>
/// <param name="Sequence">Increasing number the browser gives each frame it sends.</param>
/// <param name="CapturedAt">The browser's clock when the frame was captured (ms); echoed back to measure latency.</param>
/// <param name="Format">Encoding of <paramref name="Data"/>.</param>
/// <param name="Width">Frame width in pixels.</param>
/// <param name="Height">Frame height in pixels.</param>
/// <param name="Data">The encoded frame.</param>
public sealed record LiveFrame(long Sequence, double CapturedAt, LiveFrameFormat Format, int Width, int Height, byte[] Data);

/// <summary>A face in a live frame, in fractions of the frame (0–1).</summary>
public sealed record LiveFace(double X, double Y, double W, double H, double Score);

/// <summary>The suggested crop window in fractions of the frame (0–1).</summary>
public sealed record LiveCrop(double X, double Y, double W, double H);

/// <summary>The server's answer to one frame.</summary>
/// <param name="Sequence">The frame's sequence number.</param>
/// <param name="CapturedAt">The frame's capture time, echoed.</param>
/// <param name="Dropped">True when the server skipped the frame (a newer one was waiting); no map then.</param>
/// <param name="MapWidth">Map width in cells.</param>
/// <param name="MapHeight">Map height in cells.</param>
/// <param name="Map">Fused, temporally smoothed attention, 8-bit, peak 255, row-major.</param>
/// <param name="Faces">Faces found in the frame.</param>
/// <param name="Crop">The crop window for the session's aspect on the causal smoothed path; null for a dropped frame.</param>
/// <param name="ServerMilliseconds">Time the server spent on the frame (decode, pipeline, crop).</param>
/// <param name="Stages">The same time by stage; null for a dropped frame.</param>
public sealed record LiveFrameResult(
    long Sequence,
    double CapturedAt,
    bool Dropped,
    int MapWidth,
    int MapHeight,
    byte[] Map,
    IReadOnlyList<LiveFace> Faces,
    LiveCrop? Crop,
    double ServerMilliseconds,
    LiveStageTimes? Stages = null);

/// <summary>Where the server spent a frame's time, in milliseconds (for latency work; not shown to users).</summary>
/// <param name="DecodeMs">JPEG decode (or the raw frame's check).</param>
/// <param name="ResizeMs">Resize to the model's input size.</param>
/// <param name="InferenceMs">The model and the face detector, side by side.</param>
/// <param name="ChannelsMs">Motion and the static overlay after inference (0 when they finished beside it).</param>
/// <param name="FusionMs">Fusion of the channels.</param>
/// <param name="CropMs">Temporal smoothing, the crop window and the 8-bit map.</param>
public sealed record LiveStageTimes(double DecodeMs, double ResizeMs, double InferenceMs, double ChannelsMs, double FusionMs, double CropMs);

/// <summary>What the server tells the browser when a live session starts.</summary>
/// <param name="Model">The fused model's name (model + channels).</param>
/// <param name="Device">Where it runs ("cpu", "cuda").</param>
/// <param name="Aspect">The crop aspect in force.</param>
public sealed record LiveSessionInfo(string Model, string Device, string Aspect);
