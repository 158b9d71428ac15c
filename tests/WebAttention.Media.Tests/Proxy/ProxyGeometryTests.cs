using WebAttention.Core.Media;
using WebAttention.Media.Proxy;

namespace WebAttention.Media.Tests.Proxy;

public class ProxyGeometryTests
{
    [Theory]
    [InlineData(1920, 1080, 1280, 720)]
    [InlineData(1080, 1920, 720, 1280)]
    [InlineData(3840, 1600, 1280, 534)]
    [InlineData(640, 360, 640, 360)]
    [InlineData(567, 319, 568, 320)]
    [InlineData(1281, 721, 1280, 720)]
    public void Proxy_fits_1280_keeps_aspect_and_even_sides(int w, int h, int ew, int eh)
    {
        Assert.Equal(new FrameSize(ew, eh), ProxyGeometry.Fit(new FrameSize(w, h), 1280));
    }

    [Fact]
    public void Thumbnail_is_320_wide_with_even_height()
    {
        Assert.Equal(new FrameSize(320, 180), ProxyGeometry.ThumbnailSize(new FrameSize(1920, 1080), 320));
        Assert.Equal(new FrameSize(320, 240), ProxyGeometry.ThumbnailSize(new FrameSize(768, 576), 320));
    }
}
