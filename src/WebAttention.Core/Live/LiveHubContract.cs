namespace WebAttention.Core.Live;

/// <summary>
/// Route, method and limits of the live hub: the browser streams downsized frames in, the server streams one
/// <see cref="LiveFrameResult"/> back per frame (MessagePack; see LiveHub on the server).
/// </summary>
public static class LiveHubContract
{
    /// <summary>Hub route.</summary>
    public const string Route = "/hubs/live";

    /// <summary>
    /// <c>GET</c>: the fused pipeline's settings the server runs (video fusion weights from its weights file, face stride, face
    /// and motion options, nominal frame rate), so the browser's local mode fuses with the very same numbers.
    /// </summary>
    public const string PipelineSettingsRoute = "/api/live/pipeline";

    /// <summary>
    /// (LiveSessionRequest, stream of LiveFrame) → stream of LiveFrameResult, one per frame received, in order. A frame the
    /// server skipped (more were waiting than a client within its in-flight limit sends) comes back with <see cref="LiveFrameResult.Dropped"/> set and no map.
    /// </summary>
    public const string Analyse = nameof(Analyse);

    /// <summary>The frame size the browser sends (16:9 sources; others keep their aspect within it).</summary>
    public const int FrameLongSide = 320;

    /// <summary>Largest frame side accepted.</summary>
    public const int MaxFrameSide = 640;

    /// <summary>Largest frame payload accepted: a raw RGB frame at 320×180 (JPEG frames are far below it).</summary>
    public const int MaxFrameBytes = 320 * 180 * 3;

    /// <summary>Largest hub message accepted: one frame plus its envelope. A larger one closes the connection.</summary>
    public const int MaxMessageBytes = MaxFrameBytes + (16 * 1024);

    /// <summary>Frames the browser keeps unanswered before it drops new ones instead of queueing them.</summary>
    public const int DefaultFramesInFlight = 2;

    /// <summary>
    /// Frames the server lets wait before it starts the next one; older ones beyond it are answered as dropped. A client
    /// within <see cref="DefaultFramesInFlight"/> has at most that many waiting (its next frame may arrive as soon as an
    /// answer has left, before the server looks again), so it never sees a drop.
    /// </summary>
    public const int MaxWaitingFrames = DefaultFramesInFlight;
}
