using WebAttention.Core.Reframing;

namespace WebAttention.Client.Studio;

/// <summary>An immutable set of manual keyframes, one per frame, ordered by frame: what a KeyframeEdit sends.</summary>
public sealed class ManualKeyframes : IEquatable<ManualKeyframes>
{
    private readonly CropKeyframeView[] items;

    private ManualKeyframes(IEnumerable<CropKeyframeView> keyframes) =>
        items = [.. keyframes.GroupBy(k => k.Frame).Select(g => g.Last() with { Manual = true }).OrderBy(k => k.Frame)];

    /// <summary>No keyframes.</summary>
    public static ManualKeyframes Empty { get; } = new([]);

    /// <summary>The keyframes, ordered by frame.</summary>
    public IReadOnlyList<CropKeyframeView> Items => items;

    /// <summary>The manual keyframes of <paramref name="path"/>.</summary>
    public static ManualKeyframes From(CropPathView path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new(path.Keyframes.Where(k => k.Manual));
    }

    /// <summary>A set of <paramref name="keyframes"/> (later duplicates of a frame win).</summary>
    public static ManualKeyframes Of(IEnumerable<CropKeyframeView> keyframes) => new(keyframes);

    /// <summary>Whether a manual keyframe sits at <paramref name="frame"/>.</summary>
    public bool Contains(long frame) => Array.Exists(items, k => k.Frame == frame);

    /// <summary>Pins the window centre and size (zoom, 1 = the largest window) at <paramref name="frame"/> (adds or replaces).</summary>
    public ManualKeyframes Set(long frame, double centerX, double centerY, double zoom = 1) =>
        new(items.Where(k => k.Frame != frame).Append(new CropKeyframeView(frame, centerX, centerY, true, zoom)));

    /// <summary>Moves the keyframe at <paramref name="from"/> to <paramref name="to"/>, replacing one already there.</summary>
    public ManualKeyframes Move(long from, long to)
    {
        var moving = Array.Find(items, k => k.Frame == from);
        return moving is null || from == to
            ? this
            : new(items.Where(k => k.Frame != from && k.Frame != to).Append(moving with { Frame = Math.Max(0, to) }));
    }

    /// <summary>Removes the keyframe at <paramref name="frame"/>, if any.</summary>
    public ManualKeyframes Remove(long frame) => Contains(frame) ? new(items.Where(k => k.Frame != frame)) : this;

    /// <summary>The edit that sends this set against <paramref name="baseRevision"/>.</summary>
    public KeyframeEdit ToEdit(int baseRevision) => new(baseRevision, items);

    /// <inheritdoc />
    public bool Equals(ManualKeyframes? other) => other is not null && items.SequenceEqual(other.items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ManualKeyframes);

    /// <inheritdoc />
    public override int GetHashCode() => items.Length == 0 ? 0 : HashCode.Combine(items.Length, items[0], items[^1]);
}
