using WebAttention.Inference.Faces;

namespace WebAttention.Inference.Tests.Faces;

public sealed class BlazeFaceDecoderTests
{
    private static readonly Anchor[] Anchors = [new(0.25, 0.25), new(0.75, 0.5), new(0.5, 0.5)];

    [Fact]
    public void Box_is_offset_from_its_anchor_in_input_pixels()
    {
        var logits = new[] { -5f, 3f, -5f };
        var regressors = new float[3 * 16];
        // Anchor 1: centre +25.6 px, −12.8 px; size 51.2 × 25.6 px of a 256 px input.
        regressors[16] = 25.6f;
        regressors[17] = -12.8f;
        regressors[18] = 51.2f;
        regressors[19] = 25.6f;
        var boxes = new List<FaceCandidate>();

        BlazeFaceDecoder.Decode(logits, regressors, Anchors, 256, 0.5, boxes);

        var box = Assert.Single(boxes);
        Assert.Equal(0.75 + 0.1 - 0.1, box.X, 6);
        Assert.Equal(0.5 - 0.05 - 0.05, box.Y, 6);
        Assert.Equal(0.2, box.W, 6);
        Assert.Equal(0.1, box.H, 6);
        Assert.Equal(1 / (1 + Math.Exp(-3)), box.Score, 6);
    }

    [Fact]
    public void Scores_below_the_threshold_and_empty_boxes_are_dropped()
    {
        var logits = new[] { 0.1f, 4f, 4f };
        var regressors = new float[3 * 16];
        regressors[0 + 2] = regressors[0 + 3] = 10; // anchor 0: score 0.52 < 0.6
        regressors[16 + 2] = 0; // anchor 1: zero width
        regressors[16 + 3] = 10;
        regressors[32 + 2] = regressors[32 + 3] = 10; // anchor 2 kept
        var boxes = new List<FaceCandidate>();

        BlazeFaceDecoder.Decode(logits, regressors, Anchors, 128, 0.6, boxes);

        var box = Assert.Single(boxes);
        Assert.Equal(0.5, box.X + (box.W / 2), 6);
    }

    [Fact]
    public void Sigmoid_clips_huge_logits()
    {
        Assert.Equal(BlazeFaceDecoder.Sigmoid(100f), BlazeFaceDecoder.Sigmoid(1e30f));
        Assert.Equal(0.5, BlazeFaceDecoder.Sigmoid(0f), 12);
    }

    [Fact]
    public void Mismatched_lengths_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => BlazeFaceDecoder.Decode(new float[3], new float[16], Anchors, 256, 0.5, []));

        Assert.Contains("48 regressors", error.Message, StringComparison.Ordinal);
    }
}
