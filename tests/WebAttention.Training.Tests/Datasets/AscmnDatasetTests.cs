using WebAttention.Training.Datasets;
using WebAttention.Training.Tests.Support;

namespace WebAttention.Training.Tests.Datasets;

public class AscmnDatasetTests
{
    [Fact]
    public async Task Reader_turns_one_based_frames_and_pixels_into_zero_based_ones()
    {
        using var folder = new TempFolder();
        var video = Directory.CreateDirectory(Path.Combine(folder.Path, "video18")).FullName;
        await File.WriteAllTextAsync(Path.Combine(video, "video18.mp4"), "not read here");
        await File.WriteAllTextAsync(Path.Combine(video, "fixations.csv"), "frame_1based,subject,x_px,y_px\n1,2,1,1\n3,5,640,480\n\n");

        var videos = await AscmnDataset.LoadAsync(folder.Path, "all", CancellationToken.None);

        var v = Assert.Single(videos);
        Assert.Equal("video18", v.Name);
        Assert.Equal(Path.Combine(video, "video18.mp4"), v.VideoPath);
        Assert.Equal([new GazeSample(0, 2, 0, 0), new GazeSample(2, 5, 639, 479)], v.Gaze);
        Assert.Single(v.ByFrame[2]);
    }

    [Theory]
    [InlineData("frame_1based,subject,x_px,y_px\n0,1,5,5\n")]
    [InlineData("frame_1based,subject,x_px,y_px\n1,1,5\n")]
    [InlineData("1,1,5,5\n")]
    public async Task Bad_rows_are_refused_with_the_line(string csv)
    {
        using var reader = new StringReader(csv);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => AscmnDataset.ParseAsync(reader, "g.csv", CancellationToken.None));

        Assert.StartsWith("g.csv", error.Message);
    }

    [Fact]
    public async Task A_split_names_its_missing_folder()
    {
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => AscmnDataset.LoadAsync(folder.Path, "val", CancellationToken.None));

        Assert.Contains("video18", error.Message);
    }

    [Fact]
    public async Task An_unknown_split_is_refused_naming_the_known_ones()
    {
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => AscmnDataset.LoadAsync(folder.Path, "test", CancellationToken.None));

        Assert.Contains("fit, val or all", error.Message, StringComparison.Ordinal);
    }
}
