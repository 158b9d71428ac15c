using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Tests.Motion;

/// <summary>
/// Frames drawn from continuous functions, so content can be moved by fractions of a pixel: a smooth
/// random texture (value noise, two octaves) and a checkered square.
/// </summary>
internal sealed class SyntheticFrames
{
    private const int Lattice = 64;
    private readonly double[] _values;

    public SyntheticFrames(int seed)
    {
        var random = new Random(seed);
        _values = new double[Lattice * Lattice];
        for (var i = 0; i < _values.Length; i++)
        {
            _values[i] = random.NextDouble();
        }
    }

    /// <summary>Grey texture value at a point, about 30–225.</summary>
    public double Texture(double x, double y) => 30 + 130 * Noise(x / 5, y / 5) + 65 * Noise(x / 17 + 11, y / 17 + 7);

    /// <summary>A frame whose grey value at each pixel is <paramref name="value"/>(x, y).</summary>
    public static VideoFrame Draw(long index, int width, int height, Func<double, double, double> value)
    {
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var v = (byte)Math.Clamp(Math.Round(value(x, y)), 0, 255);
                var i = (y * width + x) * 3;
                (rgb[i], rgb[i + 1], rgb[i + 2]) = (v, v, v);
            }
        }

        return new VideoFrame(index, TimeSpan.FromSeconds(index / 5.0), new FrameSize(width, height), rgb);
    }

    /// <summary>The texture with its content moved by (dx, dy).</summary>
    public VideoFrame Panned(long index, int width, int height, double dx, double dy) =>
        Draw(index, width, height, (x, y) => Texture(x - dx, y - dy));

    /// <summary>Checkered square (cells of 3 px) with its top-left corner at (left, top) and side <paramref name="side"/>.</summary>
    public static double? Square(double x, double y, double left, double top, double side)
    {
        if (x < left || y < top || x >= left + side || y >= top + side)
        {
            return null;
        }

        return ((int)Math.Floor((x - left) / 3) + (int)Math.Floor((y - top) / 3)) % 2 == 0 ? 250 : 5;
    }

    private double Noise(double x, double y)
    {
        var (x0, y0) = ((int)Math.Floor(x), (int)Math.Floor(y));
        var (fx, fy) = (Smooth(x - x0), Smooth(y - y0));
        var top = Lerp(At(x0, y0), At(x0 + 1, y0), fx);
        var bottom = Lerp(At(x0, y0 + 1), At(x0 + 1, y0 + 1), fx);
        return Lerp(top, bottom, fy);
    }

    private double At(int x, int y) => _values[(((y % Lattice) + Lattice) % Lattice) * Lattice + ((x % Lattice) + Lattice) % Lattice];

    private static double Smooth(double t) => t * t * (3 - 2 * t);

    private static double Lerp(double a, double b, double t) => a + (b - a) * t;
}
