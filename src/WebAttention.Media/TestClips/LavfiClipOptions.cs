using WebAttention.Core.Media;

namespace WebAttention.Media.TestClips;

/// <summary>A synthetic clip: size, frame rate, shots (hard cuts between them), optional sine audio.</summary>
public sealed record LavfiClipOptions
{
    /// <summary>Frame size (even sides; default 320x180).</summary>
    public FrameSize Size { get; init; } = new(320, 180);

    /// <summary>Frames per second (default 25).</summary>
    public double FrameRate { get; init; } = 25;

    /// <summary>The shots in order (default: 2 s of testsrc2).</summary>
    public IReadOnlyList<LavfiShot> Shots { get; init; } = [new LavfiShot(LavfiPattern.TestSrc2, 2)];

    /// <summary>Adds a 440 Hz sine track (AAC) as long as the clip.</summary>
    public bool WithAudio { get; init; }

    /// <summary>Moves the MP4 index to the front. Off by default so truncated copies lose it (a corrupt file).</summary>
    public bool FastStart { get; init; }

    /// <summary>
    /// When set, the picture is stored with non-square pixels of this shape (width:height, e.g. 16:15 for PAL 4:3):
    /// it is drawn at <see cref="Size"/> (the display size, so a disc is round on screen), squeezed to
    /// <see cref="StoredSize"/> and tagged with the ratio (<c>scale=720:576,setsar=16/15</c> for 768x576 at 16:15).
    /// </summary>
    public (int Numerator, int Denominator)? SampleAspect { get; init; }

    /// <summary>The stored frame size: <see cref="Size"/>, narrowed by <see cref="SampleAspect"/> when set (even width).</summary>
    public FrameSize StoredSize => SampleAspect is { } sar
        ? new FrameSize((int)Math.Round((double)Size.Width * sar.Denominator / sar.Numerator / 2) * 2, Size.Height)
        : Size;

    /// <summary>Total length in seconds.</summary>
    public double Seconds => Shots.Sum(s => s.Seconds);

    /// <summary>Frames ffmpeg writes: each shot gives round(seconds × rate).</summary>
    public long ExpectedFrameCount => Shots.Sum(s => (long)Math.Round(s.Seconds * FrameRate));

    /// <summary>Frame index where each shot after the first starts (the hard cuts).</summary>
    public IReadOnlyList<long> CutFrames =>
        Shots.Take(Shots.Count - 1)
            .Select(s => (long)Math.Round(s.Seconds * FrameRate))
            .Aggregate(new List<long>(), (cuts, n) => { cuts.Add((cuts.Count == 0 ? 0 : cuts[^1]) + n); return cuts; });

    /// <summary>A one-shot clip.</summary>
    public static LavfiClipOptions Single(LavfiPattern pattern, double seconds, FrameSize? size = null, double frameRate = 25, bool withAudio = false) =>
        new()
        {
            Size = size ?? new FrameSize(320, 180),
            FrameRate = frameRate,
            Shots = [new LavfiShot(pattern, seconds)],
            WithAudio = withAudio,
        };

    /// <summary>Throws when the clip cannot be generated.</summary>
    public void Validate()
    {
        if (Size.Width < 16 || Size.Height < 16 || Size.Width % 2 != 0 || Size.Height % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Size), Size, "Size must be even and at least 16x16.");
        }

        if (!(FrameRate > 0) || FrameRate > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(FrameRate), FrameRate, "Frame rate must be in (0, 1000].");
        }

        if (SampleAspect is { } sar && (sar.Numerator <= 0 || sar.Denominator <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(SampleAspect), SampleAspect, "A sample aspect ratio needs two positive numbers.");
        }

        if (Shots is null || Shots.Count == 0)
        {
            throw new ArgumentException("A clip needs at least one shot.", nameof(Shots));
        }

        foreach (var shot in Shots)
        {
            shot.Validate();
        }
    }
}
