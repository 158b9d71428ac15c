using WebAttention.Core.Media;
using WebAttention.Core.Reframing;

namespace WebAttention.Core.Tests.Reframing;

public sealed class ExportSizeTests
{
    [Fact]
    public void A_160x120_clip_exports_9x16_at_no_more_than_twice_the_crops_pixels_with_even_sides()
    {
        var choice = ExportSize.Default(new FrameSize(160, 120), 9, 16);

        Assert.Equal(new FrameSize(68, 120), choice.Crop);
        Assert.Equal(new FrameSize(136, 240), choice.Size);
        Assert.True(choice.Size.Width <= ExportSize.MaxUpscale * choice.Crop.Width + 1);
        Assert.True(choice.Size.Height <= ExportSize.MaxUpscale * choice.Crop.Height);
        Assert.Equal((0, 0), (choice.Size.Width % 2, choice.Size.Height % 2));
        Assert.True(choice.LimitedBySource);
        Assert.Equal("136×240 — 2× the crop's 68×120; the source has no detail for more", choice.Explain());
    }

    [Theory]
    [InlineData(9, 16, 1080, 1920, 608, 1080)]
    [InlineData(1, 1, 1080, 1080, 1080, 1080)]
    [InlineData(4, 5, 1080, 1350, 864, 1080)]
    [InlineData(16, 9, 1920, 1080, 1920, 1080)]
    public void A_1080p_clip_keeps_the_platform_size(int aw, int ah, int w, int h, int cropW, int cropH)
    {
        var choice = ExportSize.Default(new FrameSize(1920, 1080), aw, ah);

        Assert.Equal(new FrameSize(w, h), choice.Size);
        Assert.Equal(new FrameSize(cropW, cropH), choice.Crop);
        Assert.False(choice.LimitedBySource);
    }

    [Fact]
    public void The_explanation_names_the_platform_size_and_how_much_it_enlarges_the_crop()
    {
        Assert.Equal("1080×1920 — the platform size, 1.8× the crop's 608×1080", ExportSize.Default(new FrameSize(1920, 1080), 9, 16).Explain());
        Assert.Equal("1080×1920 — the platform size (the crop is 1215×2160)", ExportSize.Default(new FrameSize(3840, 2160), 9, 16).Explain());
    }

    [Theory]
    [InlineData(1280, 720, 9, 16, 810, 1440)]
    [InlineData(320, 180, 9, 16, 202, 360)]
    [InlineData(640, 480, 16, 9, 1280, 720)]
    [InlineData(720, 1280, 9, 16, 1080, 1920)]
    [InlineData(8, 6, 9, 16, 10, 16)]
    public void Smaller_sources_get_smaller_even_defaults(int sw, int sh, int aw, int ah, int w, int h)
    {
        var size = ExportSize.Default(new FrameSize(sw, sh), aw, ah).Size;

        Assert.Equal(new FrameSize(w, h), size);
    }

    [Theory]
    [InlineData(1920, 9, 16, 1080)]
    [InlineData(99, 4, 5, 80)]
    [InlineData(640, 16, 9, 1138)]
    public void A_height_gives_the_even_width_of_the_aspect(int height, int aw, int ah, int width) =>
        Assert.Equal(width, ExportSize.AtHeight(height, aw, ah).Width);

    [Fact]
    public void Odd_tiny_and_huge_sizes_are_named_as_problems()
    {
        Assert.Null(ExportSize.Problem(new FrameSize(1080, 1920)));
        Assert.Contains("even", ExportSize.Problem(new FrameSize(1081, 1920)), StringComparison.Ordinal);
        Assert.Contains("16 to 8192", ExportSize.Problem(new FrameSize(8, 16)), StringComparison.Ordinal);
        Assert.Contains("16 to 8192", ExportSize.Problem(new FrameSize(108000, 1080)), StringComparison.Ordinal);
    }
}
