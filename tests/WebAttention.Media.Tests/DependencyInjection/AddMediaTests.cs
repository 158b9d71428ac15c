using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WebAttention.Media.Configuration;
using WebAttention.Media.Decoding;
using WebAttention.Media.DependencyInjection;
using WebAttention.Media.Probing;
using WebAttention.Media.Proxy;

namespace WebAttention.Media.Tests.DependencyInjection;

public class AddMediaTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddMedia(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    [Fact]
    public void Services_resolve_with_bound_options()
    {
        using var services = Build(new()
        {
            ["Media:Ffmpeg:BinaryFolder"] = "/usr/bin",
            ["Media:Ffmpeg:Timeout"] = "00:10:00",
            ["Media:Limits:MaxDuration"] = "00:30:00",
            ["Media:Proxy:MaxLongSide"] = "960",
        });

        Assert.IsType<FfprobeVideoProbe>(services.GetRequiredService<IVideoProbe>());
        Assert.IsType<FfmpegFrameDecoder>(services.GetRequiredService<IFrameDecoder>());
        Assert.IsType<FfmpegProxyTranscoder>(services.GetRequiredService<IProxyTranscoder>());
        Assert.Equal(TimeSpan.FromMinutes(10), services.GetRequiredService<IOptions<FfmpegOptions>>().Value.Timeout);
        Assert.Equal(TimeSpan.FromMinutes(30), services.GetRequiredService<IOptions<MediaLimits>>().Value.MaxDuration);
        Assert.Equal(960, services.GetRequiredService<IOptions<ProxyOptions>>().Value.MaxLongSide);
    }

    [Fact]
    public void A_folder_without_ffmpeg_fails_validation_with_the_path()
    {
        using var services = Build(new() { ["Media:Ffmpeg:BinaryFolder"] = "/nonexistent/bin" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FfmpegOptions>>().Value);

        Assert.Contains("ffmpeg was not found at /nonexistent/bin/ffmpeg.", error.Failures);
    }

    [Fact]
    public void Non_positive_limits_fail_validation()
    {
        using var services = Build(new() { ["Media:Limits:MaxBytes"] = "0" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MediaLimits>>().Value);
    }

    [Fact]
    public void Validator_lists_every_problem()
    {
        var problems = FfmpegOptionsValidator.Problems(new FfmpegOptions { BinaryFolder = "", Timeout = TimeSpan.Zero, DecodeBufferFrames = 0 }).ToList();

        Assert.Equal(3, problems.Count);
    }

    [Theory]
    [InlineData("Media:Ffmpeg:Timeout", "00:00:00", "FfmpegOptions.Timeout")]
    [InlineData("Media:Ffmpeg:DecodeBufferFrames", "0", "FfmpegOptions.DecodeBufferFrames")]
    [InlineData("Media:Limits:MaxBytes", "0", "MediaLimits.MaxBytes")]
    [InlineData("Media:Limits:MaxFrameRate", "-1", "MediaLimits.MaxFrameRate")]
    [InlineData("Media:Proxy:Crf", "60", "ProxyOptions.Crf")]
    [InlineData("Media:Proxy:Preset", "warp", "ProxyOptions.Preset")]
    public void A_bad_value_stops_start_up_naming_the_setting(string key, string value, string named)
    {
        using var services = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
