using System.Globalization;
using Microsoft.AspNetCore.Components;
using WebAttention.Client.Studio;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Components.Studio;

/// <summary>Play/pause, frame steps, a seek bar with the path's shot cuts and the timecode.</summary>
public sealed partial class PlayerControls
{
    /// <summary>Frame on screen.</summary>
    [Parameter, EditorRequired]
    public long Frame { get; set; }

    /// <summary>Frames in the clip.</summary>
    [Parameter, EditorRequired]
    public long FrameCount { get; set; }

    /// <summary>The clip's frame clock (its real frame rate).</summary>
    [Parameter, EditorRequired]
    public FrameClock Clock { get; set; }

    /// <summary>Whether the video plays.</summary>
    [Parameter]
    public bool Playing { get; set; }

    /// <summary>Shots of the selected path (cuts are their first frames after the first).</summary>
    [Parameter]
    public IReadOnlyList<CropShotView> Shots { get; set; } = [];

    /// <summary>Raised by the play/pause button.</summary>
    [Parameter]
    public EventCallback OnTogglePlay { get; set; }

    /// <summary>Raised with −1 or +1 by the step buttons.</summary>
    [Parameter]
    public EventCallback<int> OnStep { get; set; }

    /// <summary>Raised with the frame chosen on the seek bar.</summary>
    [Parameter]
    public EventCallback<long> OnSeek { get; set; }

    private TimelineScale Scale => new(FrameCount);

    private IEnumerable<long> Cuts => Shots.Select(s => s.FirstFrame).Where(f => f > 0).Distinct();

    private string Timecode => Clock.IsKnown ? Clock.Timecode(Frame) : string.Create(CultureInfo.InvariantCulture, $"frame {Frame}");

    private Task SeekAsync(ChangeEventArgs e) =>
        long.TryParse(e.Value?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var frame)
            ? OnSeek.InvokeAsync(frame)
            : Task.CompletedTask;
}
