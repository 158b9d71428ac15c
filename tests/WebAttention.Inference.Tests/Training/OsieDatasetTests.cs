using WebAttention.Inference.Tests.Support;
using WebAttention.Inference.Training;

namespace WebAttention.Inference.Tests.Training;

public sealed class OsieDatasetTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_small_osie_shaped_folder_is_read_with_its_split_and_fixations()
    {
        Directory.CreateDirectory(_folder.Combine("stimuli"));
        foreach (var name in new[] { "1.jpg", "2.jpg", "3.jpg" })
        {
            await File.WriteAllBytesAsync(_folder.Combine("stimuli", name), [0]);
        }

        await File.WriteAllLinesAsync(_folder.Combine("fixations.csv"),
            ["image,subject,x,y,duration_ms", "1.jpg,1,10.5,20.25,100", "1.jpg,2,30,40,90", "3.jpg,1,5,6,200"]);
        await File.WriteAllLinesAsync(_folder.Combine("train.txt"), ["1.jpg", "2.jpg", ""]);
        await File.WriteAllLinesAsync(_folder.Combine("val.txt"), ["3.jpg"]);

        var dataset = await OsieDataset.LoadAsync(_folder.Path, CancellationToken.None);

        Assert.Equal(["1.jpg", "2.jpg"], dataset.Train.Select(i => i.Name));
        Assert.Equal([new Fixation(10.5f, 20.25f), new Fixation(30f, 40f)], dataset.Train[0].Fixations);
        Assert.Empty(dataset.Train[1].Fixations);
        Assert.Equal(new Fixation(5f, 6f), Assert.Single(Assert.Single(dataset.Val).Fixations));
    }

    [Fact]
    public async Task A_missing_folder_is_named_in_the_error()
    {
        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => OsieDataset.LoadAsync(_folder.Combine("nowhere"), CancellationToken.None));

        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_fixation_line_is_refused_with_its_line_number()
    {
        var error = Assert.Throws<InvalidDataException>(() => OsieDataset.ParseFixations(["image,subject,x,y,duration_ms", "1.jpg,1,abc,3,4"]));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixations_fall_into_the_grid_cell_covering_them_and_outside_ones_are_dropped()
    {
        Fixation[] fixations = [new(0, 0), new(799.9f, 599.9f), new(400, 300), new(-1, 5), new(800, 10)];

        var counts = FixationGrid.Counts(fixations, 800, 600, cols: 24, rows: 18);

        Assert.Equal(3f, counts.Sum());
        Assert.Equal(1f, counts[0]);
        Assert.Equal(1f, counts[(17 * 24) + 23]);
        Assert.Equal(1f, counts[(9 * 24) + 12]);
    }

    [Fact]
    public void Area_resize_averages_the_pixels_each_output_pixel_covers()
    {
        var image = new RgbImage(4, 2, [.. Enumerable.Range(0, 8).SelectMany(i => new byte[] { (byte)(i * 10), 0, 255 })]);

        var half = image.ResizeArea(2, 1);

        // Output pixel 0 covers source columns 0–1 of both rows: values 0, 10, 40, 50 → 25.
        Assert.Equal(new byte[] { 25, 0, 255, 45, 0, 255 }, half.Pixels);
    }

    [OsieFact]
    public async Task The_real_osie_split_has_600_train_and_100_val_images_with_fixations()
    {
        var dataset = await OsieDataset.LoadAsync(OsieData.Root, CancellationToken.None);

        Assert.Equal(600, dataset.Train.Count);
        Assert.Equal(100, dataset.Val.Count);
        Assert.Empty(dataset.Train.Select(i => i.Name).Intersect(dataset.Val.Select(i => i.Name)));
        Assert.All(dataset.Train.Concat(dataset.Val), i => Assert.NotEmpty(i.Fixations));
        var first = await RgbImage.DecodeAsync(dataset.Train[0].StimulusPath, CancellationToken.None);
        Assert.Equal((800, 600), (first.Width, first.Height));
    }
}
