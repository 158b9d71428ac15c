using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Focus;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Solving;

namespace WebAttention.Reframing.Live;

/// <summary>
/// The live crop path: one window of the aspect per frame, decided from that frame and the ones before it only (no
/// look-ahead, unlike the offline GLOP solve). Each frame's focus is fused from its map and faces as for clips
/// (<see cref="FocusFusion"/>); the window centre follows it like a steady camera operator: it holds still while the
/// focus stays inside a dead band, then closes a fixed share of the remaining distance each frame, never faster than a
/// speed limit, and is clamped into the frame. A face that needs framing pulls the window just far enough to hold it.
/// One instance per live session.
/// </summary>
public sealed class CausalCropFollower
{
    private readonly FrameSize _frame;
    private readonly FocusOptions _focus;
    private readonly CausalCropOptions _options;
    private readonly WindowSize _window;
    private double? _x;
    private double? _y;

    /// <summary>Follows focus in frames of <paramref name="frame"/> size with windows of <paramref name="aspect"/>.</summary>
    public CausalCropFollower(FrameSize frame, AspectRatio aspect, FocusOptions focus, CausalCropOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(focus);
        _frame = frame;
        _focus = focus;
        _options = options ?? new CausalCropOptions();
        if (_options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        _window = WindowSizer.Largest(frame, aspect);
    }

    /// <summary>The window for the next frame given its map (any grid, row-major) and its faces (normalised boxes).</summary>
    public CropWindow Next(ReadOnlySpan<float> map, int mapWidth, int mapHeight, IReadOnlyList<FaceBox> faces)
    {
        ArgumentNullException.ThrowIfNull(faces);
        var salient = SaliencyFocus.Compute(map, mapWidth, mapHeight, _focus.MassThreshold);
        WindowFocus? best = _focus.MassWindowWidth > 0
            ? MassWindowFocus.Compute(map, mapWidth, mapHeight, _focus.MassWindowWidth, _focus.MassWindowHeight)
            : null;
        var frame = faces.Count > 0 ? faces[0].Frame : 0;
        var focus = FocusFusion.Fuse(frame, salient, faces, _frame, _focus, best);
        return Step(focus.X, focus.Y, focus.Required);
    }

    /// <summary>Moves the window towards a focus point (frame pixels), keeping <paramref name="required"/> inside when it fits.</summary>
    public CropWindow Step(double focusX, double focusY, PixelRect? required = null)
    {
        var x = Follow(_x, focusX, _window.Width, _frame.Width);
        var y = Follow(_y, focusY, _window.Height, _frame.Height);
        if (required is { } r)
        {
            x = Hold(x, r.X, r.X + r.Width, _window.Width);
            y = Hold(y, r.Y, r.Y + r.Height, _window.Height);
        }

        x = Clamp(x, _window.Width, _frame.Width);
        y = Clamp(y, _window.Height, _frame.Height);
        _x = x;
        _y = y;
        return new CropWindow(
            (int)Math.Round(x - (_window.Width / 2.0)),
            (int)Math.Round(y - (_window.Height / 2.0)),
            _window.Width,
            _window.Height);
    }

    /// <summary>Starts afresh (the next frame places the window on its focus at once), e.g. after a cut.</summary>
    public void Reset()
    {
        _x = null;
        _y = null;
    }

    private double Follow(double? current, double target, int window, int frame)
    {
        if (current is not { } c)
        {
            return Clamp(target, window, frame);
        }

        var band = _options.DeadBand * window;
        var error = target - c;
        if (Math.Abs(error) <= band)
        {
            return c;
        }

        var step = _options.Gain * (error - (Math.Sign(error) * band));
        var limit = _options.MaxSpeed * frame;
        return c + Math.Clamp(step, -limit, limit);
    }

    // The least move of a centre that puts [low, high] inside its window (none when it does not fit).
    private static double Hold(double centre, double low, double high, int window)
    {
        if (high - low > window)
        {
            return centre;
        }

        var half = window / 2.0;
        if (low < centre - half)
        {
            return low + half;
        }

        return high > centre + half ? high - half : centre;
    }

    private static double Clamp(double centre, int window, int frame) =>
        Math.Clamp(centre, window / 2.0, frame - (window / 2.0));
}
