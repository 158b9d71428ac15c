using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Fusion;
using WebAttention.Pipeline.Motion;

namespace WebAttention.Pipeline.Tests.Analysis;

public class AddPipelineTests
{
    private static ServiceProvider Provider(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddPipeline(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Settings_are_bound_from_their_sections_and_the_estimator_uses_them()
    {
        using var provider = Provider(("Analysis:BatchSize", "4"), ("Analysis:ShotCuts:MinShotFrames", "3"), ("Analysis:Motion:PyramidLevels", "2"));

        provider.GetRequiredService<IStartupValidator>().Validate();

        var analysis = provider.GetRequiredService<IOptions<AnalysisOptions>>().Value;
        Assert.Equal((4, 3), (analysis.BatchSize, analysis.ShotCuts.MinShotFrames));
        var motion = Assert.IsType<MotionEstimator>(provider.GetRequiredService<IMotionEstimator>());
        Assert.Equal(2, motion.Options.PyramidLevels);
    }

    [Theory]
    [InlineData("Analysis:BatchSize", "0", "BatchSize")]
    [InlineData("Analysis:FrameStride", "-1", "FrameStride")]
    [InlineData("Analysis:TargetFramesPerSecond", "0", "TargetFramesPerSecond")]
    [InlineData("Analysis:ProgressInterval", "-00:00:01", "ProgressInterval")]
    [InlineData("Analysis:ShotCuts:MinDistance", "1.5", "ShotCuts.MinDistance")]
    [InlineData("Analysis:Motion:PyramidLevels", "0", "MotionOptions.PyramidLevels")]
    [InlineData("Analysis:Motion:MaximumZoom", "1", "MotionOptions.MaximumZoom")]
    public void A_bad_value_stops_start_up_naming_the_setting(string key, string value, string named)
    {
        using var provider = Provider((key, value));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
