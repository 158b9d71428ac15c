namespace WebAttention.Core.Uploads;

/// <summary>Adler-32 (RFC 1950 §8.2): the per-chunk checksum of uploads; cheap in the browser.</summary>
public static class Adler32
{
    private const uint Modulus = 65521;

    /// <summary>Checksum of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        while (!data.IsEmpty)
        {
            // 5552 is the largest run that cannot overflow 32 bits before the modulo (zlib's NMAX).
            var run = data[..Math.Min(5552, data.Length)];
            foreach (var v in run)
            {
                a += v;
                b += a;
            }
            a %= Modulus;
            b %= Modulus;
            data = data[run.Length..];
        }
        return (b << 16) | a;
    }
}
