using System.Buffers.Binary;
using WebAttention.Media.Images;
using WebAttention.Media.Processes;
using WebAttention.Media.Tests.TestSupport;

namespace WebAttention.Media.Tests.Images;

public sealed class GrayPngTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static byte[] Gradient(int w, int h) =>
        Enumerable.Range(0, w * h).Select(i => (byte)((i * 37) % 256)).ToArray();

    [Fact]
    public void Header_says_8_bit_grayscale_of_the_right_size()
    {
        using var stream = new MemoryStream();

        GrayPng.Write(Gradient(7, 5), 7, 5, stream);

        var png = stream.ToArray();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(7u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(5u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20)));
        Assert.Equal((8, 0), (png[24], png[25])); // bit depth 8, colour type 0 = grayscale
    }

    [Fact]
    public async Task Ffmpeg_reads_back_the_exact_pixels()
    {
        var pixels = Gradient(33, 17);
        var path = _folder.File(GrayPng.FileName(1));

        await GrayPng.WriteFileAsync(path, pixels, 33, 17, CancellationToken.None);

        var args = new FfmpegArgumentBuilder().Quiet().InputFile(path).Option("-f", "rawvideo").Option("-pix_fmt", "gray")
            .Output(FfmpegArgumentBuilder.StandardOutput).Build();
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(RealMedia.Ffmpeg.FfmpegPath, args) { RedirectStandardOutput = true })!;
        using var decoded = new MemoryStream();
        await process.StandardOutput.BaseStream.CopyToAsync(decoded);
        await process.WaitForExitAsync();
        Assert.Equal(pixels, decoded.ToArray());
    }

    [Fact]
    public void File_names_are_one_based_and_zero_padded()
    {
        Assert.Equal("0001.png", GrayPng.FileName(1));
        Assert.Equal("12345.png", GrayPng.FileName(12345));
    }

    [Fact]
    public void A_buffer_of_the_wrong_length_is_refused()
    {
        Assert.Throws<ArgumentException>(() => GrayPng.Write(new byte[10], 4, 4, Stream.Null));
    }

    public void Dispose() => _folder.Dispose();
}
