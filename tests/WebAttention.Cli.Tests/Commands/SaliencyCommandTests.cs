using WebAttention.Cli.Commands;
using WebAttention.Cli.Tests.Support;

namespace WebAttention.Cli.Tests.Commands;

[Collection(CommandsCollection.Name)]
public sealed class SaliencyCommandTests(CliFixture fixture) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Images_get_a_grayscale_png_of_the_same_name_and_size()
    {
        var images = Directory.CreateDirectory(_folder.Combine("images")).FullName;
        SyntheticImages.WriteJpeg(Path.Combine(images, "street.jpg"), 200, 150, 150, 40);
        SyntheticImages.WritePng(Path.Combine(images, "logo.png"), 97, 61, 20, 20);
        File.WriteAllText(Path.Combine(images, "readme.txt"), "not an image");
        var output = _folder.Combine("maps");

        var result = await CliRunner.RunAsync(["saliency", "--images", images, "--out", output, .. CliFixture.ModelArgs]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["logo.png", "street.png"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal((200, 150, 1), PngFiles.Info(Path.Combine(output, "street.png")));
        Assert.Equal((97, 61, 1), PngFiles.Info(Path.Combine(output, "logo.png")));
    }

    [Fact]
    public async Task A_clip_gets_one_png_per_frame_at_the_frame_size()
    {
        var output = _folder.Combine("frames");

        var result = await CliRunner.RunAsync(["saliency", fixture.TinyClip, "--out", output, .. CliFixture.ModelArgs]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Channels: model + faces + motion", result.Out, StringComparison.Ordinal);
        var pngs = Directory.GetFiles(output, "*.png");
        Assert.Equal(CliFixture.TinyClipOptions.ExpectedFrameCount, pngs.Length);
        Assert.Equal((160, 90, 1), PngFiles.Info(Path.Combine(output, "0001.png")));
        Assert.Equal((160, 90, 1), PngFiles.Info(Path.Combine(output, $"{pngs.Length:0000}.png")));
    }

    [Fact]
    public async Task Neither_clip_nor_images_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("saliency", "--out", _folder.Path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("either a CLIP or --images", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_folder_without_images_exits_non_zero()
    {
        var empty = Directory.CreateDirectory(_folder.Combine("empty")).FullName;

        var result = await CliRunner.RunAsync(["saliency", "--images", empty, "--out", _folder.Combine("o"), .. CliFixture.ModelArgs]);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("No images", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_image_exits_non_zero_naming_it()
    {
        var images = Directory.CreateDirectory(_folder.Combine("bad")).FullName;
        File.WriteAllText(Path.Combine(images, "broken.jpg"), "not a jpeg at all");

        var result = await CliRunner.RunAsync(["saliency", "--images", images, "--out", _folder.Combine("o"), .. CliFixture.ModelArgs]);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("broken.jpg' is not a readable image", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
