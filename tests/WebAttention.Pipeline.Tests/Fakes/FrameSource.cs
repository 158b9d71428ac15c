using System.Runtime.CompilerServices;
using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Tests.Fakes;

/// <summary>Synthetic decoded frames of uniform colour; counts what it yields and whether it was disposed.</summary>
internal sealed class FrameSource(int width = 4, int height = 3)
{
    private long _yielded;

    public long Yielded => Interlocked.Read(ref _yielded);

    public bool Disposed { get; private set; }

    public FrameSize Size { get; } = new(width, height);

    /// <summary>Frames 0..count-1 (count null = endless), colour (v, v, v) with v = brightness(index).</summary>
    public async IAsyncEnumerable<VideoFrame> Frames(
        long? count, Func<long, byte> brightness, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            for (long i = 0; count is null || i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (i % 64 == 63)
                {
                    await Task.Yield();
                }

                Interlocked.Increment(ref _yielded);
                yield return Frame(i, brightness(i));
            }
        }
        finally
        {
            Disposed = true;
        }
    }

    public VideoFrame Frame(long index, byte value) => Frame(index, value, value, value);

    public VideoFrame Frame(long index, byte r, byte g, byte b)
    {
        var rgb = new byte[Size.Area * 3];
        for (var i = 0; i < rgb.Length; i += 3)
        {
            rgb[i] = r;
            rgb[i + 1] = g;
            rgb[i + 2] = b;
        }

        return new VideoFrame(index, TimeSpan.FromSeconds(index / 30.0), Size, rgb);
    }
}
