using WebAttention.Pipeline.Fusion;

namespace WebAttention.Pipeline.Tests.Fusion;

public class StaticOverlayTests
{
    private const int Width = 64;
    private const int Height = 48;
    private const int GridWidth = 8;
    private const int GridHeight = 6;

    [Fact]
    public void A_fixed_timecode_box_over_a_moving_scene_is_discounted_and_the_scene_is_not()
    {
        var tracker = new StaticOverlayTracker();
        float[] map = [];
        for (var t = 0; t < 8; t++)
        {
            map = tracker.Next(Frame(t, moving: true, box: true), Width, Height, GridWidth, GridHeight);
        }

        // The box covers grid cells (0..1, 0) (pixels 0–15 × 0–7); the scene elsewhere changes every frame.
        Assert.True(map[0] > 0.6f, $"box cell {map[0]}");
        Assert.True(map[1] > 0.6f, $"box cell {map[1]}");
        var scene = Enumerable.Range(GridWidth, GridWidth * (GridHeight - 1)).Select(i => map[i]).ToList();
        Assert.True(scene.Max() < 0.4f, $"scene max {scene.Max()}"); // a pixel changing at the frame's mean rate scores e⁻¹
        Assert.True(map[0] > 2 * scene.Max(), $"box {map[0]} vs scene {scene.Max()}");
    }

    [Fact]
    public void A_still_scene_discounts_nothing()
    {
        var tracker = new StaticOverlayTracker();
        float[] map = [];
        for (var t = 0; t < 8; t++)
        {
            map = tracker.Next(Frame(t, moving: false, box: true), Width, Height, GridWidth, GridHeight);
        }

        Assert.All(map, v => Assert.True(v < 0.05f, $"cell {v}"));
    }

    [Fact]
    public void The_first_frame_has_no_evidence()
    {
        var map = new StaticOverlayTracker().Next(Frame(0, moving: true, box: true), Width, Height, GridWidth, GridHeight);

        Assert.All(map, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Map_is_zero_where_nothing_changes_beyond_noise()
    {
        var change = Enumerable.Repeat(1.5f, 16).ToArray();

        Assert.All(StaticOverlay.Map(change, 4, 4, 2, 2), v => Assert.Equal(0f, v));
    }

    // A textured scene that scrolls one pattern step a frame (or stays), with a constant grey box in the top-left corner.
    private static byte[] Frame(int t, bool moving, bool box)
    {
        var rgb = new byte[Width * Height * 3];
        var shift = moving ? t * 5 : 0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var v = box && x < 16 && y < 8 ? (byte)200 : (byte)((((x + shift) * 37) ^ (y * 91)) & 0xFF);
                var p = ((y * Width) + x) * 3;
                rgb[p] = rgb[p + 1] = rgb[p + 2] = v;
            }
        }

        return rgb;
    }
}
