using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using WebAttention.Pipeline.Configuration;
using WebAttention.Pipeline.Shots;

namespace WebAttention.Pipeline.Analysis;

/// <summary>
/// Settings of <see cref="AttentionPipeline"/>, bound from the <see cref="SectionName"/> configuration
/// section and validated at start-up (<see cref="AnalysisOptionsValidator"/>).
/// </summary>
public sealed class AnalysisOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Analysis";

    /// <summary>
    /// Analyse every k-th frame (1 = every frame). 0 (the default) uses <see cref="TargetFramesPerSecond"/>
    /// instead; a positive stride wins over the target rate.
    /// </summary>
    [Range(0, 100_000)]
    public int FrameStride { get; set; }

    /// <summary>
    /// Analysis rate in frames per second of clip time when <see cref="FrameStride"/> is 0 (default 5,
    /// AutoFlip's rate). At or above the clip's rate every frame is analysed.
    /// </summary>
    public double TargetFramesPerSecond { get; set; } = 5;

    /// <summary>Also analyse the first frame of every shot, so no map mixes two shots (default true).</summary>
    public bool AnalyseShotStarts { get; set; } = true;

    /// <summary>Analysed frames handed to the predictor at once (default 8).</summary>
    [Range(1, 1024)]
    public int BatchSize { get; set; } = 8;

    /// <summary>
    /// Weight α of the newest analysed map in the per-pixel moving average, in (0, 1]
    /// (default 0.5; 1 turns smoothing off). The average restarts at every shot cut.
    /// </summary>
    [Range(0d, 1d, MinimumIsExclusive = true)]
    public double SmoothingFactor { get; set; } = 0.5;

    /// <summary>Capacity, in frames, of each bounded channel between stages (default 32).</summary>
    [Range(1, 65_536)]
    public int ChannelCapacity { get; set; } = 32;

    /// <summary>Least time between two progress reports of a stage (default 250 ms; zero reports every frame).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "10675199.02:48:05.4775807")]
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Settings of the default cut detector (<see cref="AdaptiveCutDetector.Create"/>), used when a run is given no detector.</summary>
    [Required]
    [ValidateObjectMembers]
    public HistogramCutOptions ShotCuts { get; set; } = new();

    /// <summary>Problems with these settings; empty when valid.</summary>
    public IReadOnlyList<string> Validate() => OptionsProblems.Of(new AnalysisOptionsValidator(), this);

    /// <inheritdoc />
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        // The one rule across fields: without a stride the target rate decides which frames are analysed.
        if (FrameStride == 0 && !(TargetFramesPerSecond > 0 && TargetFramesPerSecond <= 1000))
        {
            yield return new ValidationResult(
                $"{nameof(TargetFramesPerSecond)} must be in (0, 1000] when {nameof(FrameStride)} is 0 (was {TargetFramesPerSecond}).",
                [nameof(TargetFramesPerSecond)]);
        }
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
