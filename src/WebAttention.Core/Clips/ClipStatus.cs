namespace WebAttention.Core.Clips;

/// <summary>Where a clip is in its life.</summary>
public enum ClipStatus
{
    /// <summary>Uploaded and waiting for analysis.</summary>
    Queued = 0,
    /// <summary>The attention pipeline is running.</summary>
    Analysing = 1,
    /// <summary>Maps are ready.</summary>
    Ready = 2,
    /// <summary>Analysis failed; see the error.</summary>
    Failed = 3,
}
