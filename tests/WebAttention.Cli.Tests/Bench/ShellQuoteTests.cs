using WebAttention.Cli.Bench;

namespace WebAttention.Cli.Tests.Bench;

public sealed class ShellQuoteTests
{
    [Fact]
    public void Plain_arguments_stay_bare_and_others_are_single_quoted()
    {
        Assert.Equal("ffmpeg -i /a/b.mp4 'nullsrc=a,geq=lum='\\''x'\\''' ''", ShellQuote.Join(["ffmpeg", "-i", "/a/b.mp4", "nullsrc=a,geq=lum='x'", ""]));
    }
}
