using System.Text;
using WebAttention.Core.Uploads;

namespace WebAttention.Core.Tests.Uploads;

public sealed class Adler32Tests
{
    [Fact]
    public void Empty_input_is_one() => Assert.Equal(1u, Adler32.Compute([]));

    [Fact]
    public void Matches_the_published_value_for_Wikipedia()
    {
        // The worked example of the Adler-32 article: "Wikipedia" → 0x11E60398.
        Assert.Equal(0x11E60398u, Adler32.Compute(Encoding.ASCII.GetBytes("Wikipedia")));
    }

    [Theory]
    [InlineData(5551)]
    [InlineData(5552)]
    [InlineData(5553)]
    [InlineData(65_536)]
    [InlineData(1_000_003)]
    public void Long_runs_of_0xFF_match_the_definition_across_the_modulo_boundary(int length)
    {
        // All-0xFF is the worst case for overflow of the deferred modulo.
        var data = Enumerable.Repeat((byte)0xFF, length).ToArray();

        Assert.Equal(Definition(data), Adler32.Compute(data));
    }

    [Fact]
    public void A_single_changed_byte_changes_the_checksum()
    {
        var data = Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 31)).ToArray();
        var before = Adler32.Compute(data);
        data[40_000] ^= 0x01;

        Assert.NotEqual(before, Adler32.Compute(data));
    }

    // RFC 1950 §8.2 taken literally: modulo after every byte.
    private static uint Definition(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var v in data)
        {
            a = (a + v) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }
}
