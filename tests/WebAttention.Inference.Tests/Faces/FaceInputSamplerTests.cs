using WebAttention.Inference.Faces;

namespace WebAttention.Inference.Tests.Faces;

public sealed class FaceInputSamplerTests
{
    [Fact]
    public void Letterboxed_white_frame_is_plus_one_inside_and_black_padding_outside()
    {
        var (width, height, size) = (200, 100, 16);
        var rgb = Enumerable.Repeat((byte)255, width * height * 3).ToArray();
        var input = new float[size * size * 3];

        FaceInputSampler.Fill(rgb, width, height, FaceViewLayout.Letterbox(width, height), size, input);

        // 16 rows cover 200 px: rows 0–3 (0–50 px) are above the frame, rows 4–11 inside, 12–15 below.
        Assert.All(Row(input, size, 1), v => Assert.Equal(-1f, v, 5));
        Assert.All(Row(input, size, 8), v => Assert.Equal(1f, v, 5));
        Assert.All(Row(input, size, 14), v => Assert.Equal(-1f, v, 5));
    }

    [Fact]
    public void A_tile_samples_its_own_part_of_the_frame_in_rgb_order()
    {
        // Left half red, right half blue; the right-hand tile sees only blue.
        var (width, height, size) = (40, 10, 4);
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                rgb[(((y * width) + x) * 3) + (x < 20 ? 0 : 2)] = 255;
            }
        }

        var input = new float[size * size * 3];

        FaceInputSampler.Fill(rgb, width, height, new SquareView(30, 0, 10), size, input);

        Assert.All(Enumerable.Range(0, size * size), i =>
        {
            Assert.Equal(-1f, input[i * 3], 5);
            Assert.Equal(-1f, input[(i * 3) + 1], 5);
            Assert.Equal(1f, input[(i * 3) + 2], 5);
        });
    }

    [Fact]
    public void A_short_frame_buffer_is_refused()
    {
        Assert.Throws<ArgumentException>(() => FaceInputSampler.Fill(new byte[10], 4, 4, new SquareView(0, 0, 4), 2, new float[12]));
    }

    private static float[] Row(float[] input, int size, int row) => input.AsSpan(row * size * 3, size * 3).ToArray();
}
