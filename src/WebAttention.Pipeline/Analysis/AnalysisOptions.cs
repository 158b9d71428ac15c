using WebAttention.Pipeline.Shots;

namespace WebAttention.Pipeline.Analysis;

/// <summary>
/// Settings of <see cref="AttentionPipeline"/>, bound from the <see cref="SectionName"/> configuration
/// section and validated at start-up (<see cref="AnalysisOptionsValidator"/>).
/// </summary>
public sealed class AnalysisOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Analysis";

    /// <summary>
    /// Analyse every k-th frame (1 = every frame). 0 (the default) uses <see cref="TargetFramesPerSecond"/>
    /// instead; a positive stride wins over the target rate.
    /// </summary>
    public int FrameStride { get; set; }

    /// <summary>
    /// Analysis rate in frames per second of clip time when <see cref="FrameStride"/> is 0 (default 5,
    /// AutoFlip's rate). At or above the clip's rate every frame is analysed.
    /// </summary>
    public double TargetFramesPerSecond { get; set; } = 5;

    /// <summary>Also analyse the first frame of every shot, so no map mixes two shots (default true).</summary>
    public bool AnalyseShotStarts { get; set; } = true;

    /// <summary>Analysed frames handed to the predictor at once (default 8).</summary>
    public int BatchSize { get; set; } = 8;

    /// <summary>
    /// Weight α of the newest analysed map in the per-pixel moving average, in (0, 1]
    /// (default 0.5; 1 turns smoothing off). The average restarts at every shot cut.
    /// </summary>
    public double SmoothingFactor { get; set; } = 0.5;

    /// <summary>Capacity, in frames, of each bounded channel between stages (default 32).</summary>
    public int ChannelCapacity { get; set; } = 32;

    /// <summary>Least time between two progress reports of a stage (default 250 ms; zero reports every frame).</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Settings of the default cut detector (<see cref="AdaptiveCutDetector.Create"/>), used when a run is given no detector.</summary>
    public HistogramCutOptions ShotCuts { get; set; } = new();

    /// <summary>Problems with these settings; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (FrameStride is < 0 or > 100_000)
        {
            errors.Add($"{nameof(FrameStride)} must be 0-100000 (was {FrameStride}).");
        }

        if (FrameStride == 0 && !(TargetFramesPerSecond > 0 && TargetFramesPerSecond <= 1000))
        {
            errors.Add($"{nameof(TargetFramesPerSecond)} must be in (0, 1000] when {nameof(FrameStride)} is 0 (was {TargetFramesPerSecond}).");
        }

        if (BatchSize is < 1 or > 1024)
        {
            errors.Add($"{nameof(BatchSize)} must be 1-1024 (was {BatchSize}).");
        }

        if (!(SmoothingFactor > 0 && SmoothingFactor <= 1))
        {
            errors.Add($"{nameof(SmoothingFactor)} must be in (0, 1] (was {SmoothingFactor}).");
        }

        if (ChannelCapacity is < 1 or > 65_536)
        {
            errors.Add($"{nameof(ChannelCapacity)} must be 1-65536 (was {ChannelCapacity}).");
        }

        if (ProgressInterval < TimeSpan.Zero)
        {
            errors.Add($"{nameof(ProgressInterval)} must not be negative (was {ProgressInterval}).");
        }

        if (ShotCuts is null)
        {
            errors.Add($"{nameof(ShotCuts)} is required.");
        }
        else
        {
            errors.AddRange(ShotCuts.Validate().Select(e => $"{nameof(ShotCuts)}: {e}"));
        }

        return errors;
    }

    /// <summary>Throws when the settings are invalid.</summary>
    /// <exception cref="ArgumentException">One or more settings are invalid; the message lists them.</exception>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid {nameof(AnalysisOptions)}: {string.Join(" ", errors)}");
        }
    }
}
