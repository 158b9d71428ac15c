using WebAttention.Client.Services.Uploads;

namespace WebAttention.Client.Tests.Fakes;

/// <summary>An upload source over bytes in memory; counts how often it was opened.</summary>
public sealed class MemoryUploadSource(byte[] data, string name = "clip.mp4") : IUploadSource
{
    public string Name => name;

    public long Length => data.Length;

    public DateTimeOffset LastModified { get; } = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public int Opens { get; private set; }

    public Stream OpenRead(CancellationToken cancellationToken)
    {
        Opens++;
        return new MemoryStream(data, writable: false);
    }

    public static byte[] RandomBytes(int length, int seed = 42)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
