using System.Globalization;
using System.Text;

namespace WebAttention.Cli.Tests.Support;

/// <summary>
/// A tiny data set in the OSIE layout: 3 JPEGs (160x120) in stimuli/, fixations.csv, val.txt and train.txt.
/// Five subjects agree: on each image they all fixate near one off-centre hot spot, so leaving one subject out
/// predicts them far better than a centre Gaussian does.
/// </summary>
public static class SyntheticOsie
{
    public const int Width = 160;
    public const int Height = 120;

    private static readonly (string Name, int X, int Y)[] Images = [("0001.jpg", 30, 28), ("0002.jpg", 128, 90), ("0003.jpg", 36, 96)];

    public static string Create(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "stimuli"));
        var csv = new StringBuilder("image,subject,x,y,duration_ms\n");
        var random = new Random(7);
        foreach (var (name, x, y) in Images)
        {
            SyntheticImages.WriteJpeg(Path.Combine(root, "stimuli", name), Width, Height, x, y);
            for (var subject = 1; subject <= 5; subject++)
            {
                for (var k = 0; k < 4; k++)
                {
                    var fx = x + (random.NextDouble() * 8) - 4;
                    var fy = y + (random.NextDouble() * 8) - 4;
                    csv.Append(CultureInfo.InvariantCulture, $"{name},{subject},{fx:F1},{fy:F1},200\n");
                }
            }
        }

        File.WriteAllText(Path.Combine(root, "fixations.csv"), csv.ToString());
        File.WriteAllLines(Path.Combine(root, "val.txt"), Images.Select(i => i.Name));
        File.WriteAllLines(Path.Combine(root, "train.txt"), [Images[0].Name]);
        return root;
    }
}
