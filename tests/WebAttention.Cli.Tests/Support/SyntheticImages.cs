using StbImageWriteSharp;

namespace WebAttention.Cli.Tests.Support;

/// <summary>Generated still images (a smooth gradient with a bright square) written as JPEG or PNG.</summary>
public static class SyntheticImages
{
    public static byte[] Rgb(int width, int height, int squareX, int squareY)
    {
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = ((y * width) + x) * 3;
                var inSquare = Math.Abs(x - squareX) < width / 10 && Math.Abs(y - squareY) < height / 10;
                rgb[i] = inSquare ? (byte)250 : (byte)(x * 100 / width);
                rgb[i + 1] = inSquare ? (byte)240 : (byte)(y * 100 / height);
                rgb[i + 2] = inSquare ? (byte)30 : (byte)60;
            }
        }

        return rgb;
    }

    public static void WriteJpeg(string path, int width, int height, int squareX = 20, int squareY = 20)
    {
        using var stream = File.Create(path);
        new ImageWriter().WriteJpg(Rgb(width, height, squareX, squareY), width, height, ColorComponents.RedGreenBlue, stream, 90);
    }

    public static void WritePng(string path, int width, int height, int squareX = 20, int squareY = 20)
    {
        using var stream = File.Create(path);
        new ImageWriter().WritePng(Rgb(width, height, squareX, squareY), width, height, ColorComponents.RedGreenBlue, stream);
    }
}
