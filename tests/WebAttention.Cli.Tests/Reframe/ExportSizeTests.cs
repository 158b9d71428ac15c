using WebAttention.Cli.Commands;
using WebAttention.Cli.Reframe;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;

namespace WebAttention.Cli.Tests.Reframe;

public sealed class ExportSizeTests
{
    private static readonly FrameSize FullHd = new(1920, 1080);

    [Theory]
    [InlineData(9, 16, 1080, 1920)]
    [InlineData(1, 1, 1080, 1080)]
    [InlineData(4, 5, 1080, 1350)]
    [InlineData(16, 9, 1920, 1080)]
    [InlineData(21, 9, 2520, 1080)]
    public void The_default_for_a_1080p_source_is_the_platform_size_with_a_1080_short_side(int w, int h, int width, int height) =>
        Assert.Equal(new FrameSize(width, height), ExportSizeOption.Default(new AspectRatio(w, h), FullHd).Size);

    [Fact]
    public void The_default_for_a_160x120_source_is_at_most_twice_the_crop()
    {
        var choice = ExportSizeOption.Default(AspectRatio.Portrait9x16, new FrameSize(160, 120));

        Assert.Equal(new FrameSize(136, 240), choice.Size);
        Assert.True(choice.LimitedBySource);
    }

    [Theory]
    [InlineData(9, 16, 320, 180, 320)]
    [InlineData(1, 1, 320, 320, 320)]
    [InlineData(16, 9, 360, 640, 360)]
    [InlineData(4, 5, 99, 80, 100)]
    public void A_height_fixes_the_height_and_the_aspect_gives_an_even_width(int w, int h, int fixedHeight, int width, int height) =>
        Assert.Equal(new FrameSize(width, height), ExportSizeOption.AtHeight(new AspectRatio(w, h), fixedHeight));

    [Fact]
    public void An_export_too_wide_for_the_encoder_is_a_usage_error() =>
        Assert.Equal(ExitCodes.Usage, Assert.Throws<CliInputException>(() => ExportSizeOption.AtHeight(new AspectRatio(100, 1), 1080)).ExitCode);

    [Fact]
    public void Aspect_lists_keep_order_and_drop_equal_ratios() =>
        Assert.Equal([AspectRatio.Portrait9x16, AspectRatio.Square, AspectRatio.Portrait4x5], AspectList.Parse(" 9:16, 1:1,18:32,4x5"));
}
