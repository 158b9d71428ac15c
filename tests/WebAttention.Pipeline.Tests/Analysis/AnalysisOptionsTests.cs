using WebAttention.Pipeline.Analysis;

namespace WebAttention.Pipeline.Tests.Analysis;

public class AnalysisOptionsTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        var options = new AnalysisOptions();

        Assert.Empty(options.Validate());
        Assert.Equal((0, 5.0, 8, 0.5, 32, true), (options.FrameStride, options.TargetFramesPerSecond, options.BatchSize, options.SmoothingFactor, options.ChannelCapacity, options.AnalyseShotStarts));
    }

    [Theory]
    [InlineData(nameof(AnalysisOptions.FrameStride))]
    [InlineData(nameof(AnalysisOptions.TargetFramesPerSecond))]
    [InlineData(nameof(AnalysisOptions.BatchSize))]
    [InlineData(nameof(AnalysisOptions.SmoothingFactor))]
    [InlineData(nameof(AnalysisOptions.ChannelCapacity))]
    [InlineData(nameof(AnalysisOptions.ProgressInterval))]
    [InlineData(nameof(AnalysisOptions.ShotCuts))]
    public void Each_bad_setting_is_named_by_the_validator(string setting)
    {
        var options = new AnalysisOptions();
        switch (setting)
        {
            case nameof(AnalysisOptions.FrameStride): options.FrameStride = -1; break;
            case nameof(AnalysisOptions.TargetFramesPerSecond): options.TargetFramesPerSecond = 0; break;
            case nameof(AnalysisOptions.BatchSize): options.BatchSize = 0; break;
            case nameof(AnalysisOptions.SmoothingFactor): options.SmoothingFactor = 0; break;
            case nameof(AnalysisOptions.ChannelCapacity): options.ChannelCapacity = 0; break;
            case nameof(AnalysisOptions.ProgressInterval): options.ProgressInterval = TimeSpan.FromSeconds(-1); break;
            default: options.ShotCuts.MinShotFrames = 0; break;
        }

        var result = new AnalysisOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_positive_stride_makes_the_target_rate_irrelevant()
    {
        var options = new AnalysisOptions { FrameStride = 3, TargetFramesPerSecond = 0 };

        Assert.True(new AnalysisOptionsValidator().Validate(null, options).Succeeded);
    }
}
