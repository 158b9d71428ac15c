using System.Diagnostics.CodeAnalysis;
using WebAttention.Core.Media;

namespace WebAttention.Media.Probing;

/// <summary>The answer to "can this file be analysed?": the clip's facts, or a reason in plain words.</summary>
public sealed record ProbeVerdict
{
    private ProbeVerdict(VideoInfo? info, ProbeRefusal reason, string message)
    {
        Info = info;
        Reason = reason;
        Message = message;
    }

    /// <summary>The clip's facts when accepted.</summary>
    public VideoInfo? Info { get; }

    /// <summary>Why it was refused (<see cref="ProbeRefusal.None"/> when accepted).</summary>
    public ProbeRefusal Reason { get; }

    /// <summary>A sentence for the user: why it was refused, or a short description when accepted.</summary>
    public string Message { get; }

    /// <summary>True when the file can be analysed; then <see cref="Info"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Info))]
    public bool IsAccepted => Info is not null;

    /// <summary>An accepted clip.</summary>
    public static ProbeVerdict Accept(VideoInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new ProbeVerdict(info, ProbeRefusal.None, $"{info.Width}x{info.Height} {info.Codec} video, {info.FrameCount} frames.");
    }

    /// <summary>A refused file, with the sentence shown to the user.</summary>
    public static ProbeVerdict Refuse(ProbeRefusal reason, string message)
    {
        if (reason == ProbeRefusal.None)
        {
            throw new ArgumentException("A refusal needs a reason.", nameof(reason));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new ProbeVerdict(null, reason, message);
    }
}
