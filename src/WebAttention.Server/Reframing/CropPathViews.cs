using WebAttention.Core.Reframing;
using WebAttention.Data.Entities;
using WebAttention.Reframing.Model;

namespace WebAttention.Server.Reframing;

/// <summary>Maps stored paths to the studio's contract.</summary>
public static class CropPathViews
{
    /// <summary>The summary of a revision.</summary>
    public static CropPathSummary Summary(CropPathRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Aspect, record.Revision, new DateTimeOffset(DateTime.SpecifyKind(record.CreatedAt, DateTimeKind.Utc)), record.ManualKeyframes, record.Padded);
    }

    /// <summary>
    /// The full view: every frame's window, the user's keyframes (Manual) plus automatic ones — the solved
    /// centre at each shot's first and last frame and about once a second in between — and the shots.
    /// </summary>
    public static CropPathView View(Guid clipId, int revision, CropPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var frames = path.Frames.Select(w => new CropFrameView(w.X, w.Y, w.Width, w.Height, w.Padded)).ToArray();
        var manual = path.Keyframes.ToDictionary(k => k.Frame);
        var keyframes = new List<CropKeyframeView>();
        var step = Math.Max(1, (long)Math.Round(path.FrameRate));
        foreach (var shot in path.Shots)
        {
            for (var f = shot.FirstFrame; f < shot.EndFrame; f++)
            {
                if (manual.TryGetValue(f, out var k))
                {
                    keyframes.Add(new CropKeyframeView(f, k.CenterX, k.CenterY, Manual: true, k.Zoom));
                }
                else if ((f - shot.FirstFrame) % step == 0 || f == shot.EndFrame - 1)
                {
                    var w = path.Frames[(int)f];
                    keyframes.Add(new CropKeyframeView(f, w.CenterX, w.CenterY, Manual: false));
                }
            }
        }
        var shots = path.Shots.Select(s => new CropShotView(s.FirstFrame, s.EndFrame, s.Mode.ToString().ToLowerInvariant(), s.Padded)).ToArray();
        return new CropPathView(clipId, path.Aspect.ToString(), revision, path.SourceWidth, path.SourceHeight, path.FrameRate, ReframeInput.Name(path.Preset), frames, keyframes, shots);
    }
}
