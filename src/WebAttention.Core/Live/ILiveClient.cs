namespace WebAttention.Core.Live;

/// <summary>Messages the live hub sends to the browser besides the result stream.</summary>
public interface ILiveClient
{
    /// <summary>The session's pipeline is ready (sent before the first result).</summary>
    Task LiveSessionStarted(LiveSessionInfo info);

    /// <summary>A recorded session's clip was added to the library (sent before the result stream ends), or why not.</summary>
    Task LiveRecordingSaved(LiveRecordingOutcome outcome);
}
