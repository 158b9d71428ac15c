using WebAttention.Core.Media;
using WebAttention.Training.Datasets;
using WebAttention.Training.Images;
using WebAttention.Training.Tests.Support;

namespace WebAttention.Training.Tests.Datasets;

public sealed class OsieDatasetTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_small_osie_shaped_folder_is_read_with_its_split_and_fixations()
    {
        await WriteSmallOsieAsync();

        var dataset = await OsieDataset.LoadAsync(_folder.Path, CancellationToken.None);

        Assert.Equal(["1.jpg", "2.jpg"], dataset.Train.Select(i => i.Name));
        Assert.Equal([new SubjectFixation(1, 10.5, 20.25), new SubjectFixation(2, 30, 40)], dataset.Train[0].Fixations);
        Assert.Empty(dataset.Train[1].Fixations);
        Assert.Equal(new SubjectFixation(1, 5, 6), Assert.Single(Assert.Single(dataset.Val).Fixations));
        Assert.Equal(_folder.Combine("stimuli", "1.jpg"), dataset.Train[0].Path);
    }

    [Fact]
    public async Task One_split_loads_in_list_order_with_the_same_images_as_the_full_read()
    {
        await WriteSmallOsieAsync();

        var val = await OsieDataset.LoadSplitAsync(_folder.Path, "val", CancellationToken.None);
        var both = await OsieDataset.LoadAsync(_folder.Path, CancellationToken.None);

        Assert.Equal(both.Val.Select(i => (i.Name, i.Path)), val.Select(i => (i.Name, i.Path)));
        Assert.Equal(both.Val.SelectMany(i => i.Fixations), val.SelectMany(i => i.Fixations));
        Assert.Equal(["1.jpg", "2.jpg"], (await OsieDataset.LoadSplitAsync(_folder.Path, "train", CancellationToken.None)).Select(i => i.Name));
    }

    [Fact]
    public async Task A_split_without_its_list_file_or_a_listed_image_without_its_stimulus_is_invalid_data_naming_it()
    {
        await WriteSmallOsieAsync();
        File.Delete(_folder.Combine("stimuli", "3.jpg"));

        var missingList = await Assert.ThrowsAsync<InvalidDataException>(() => OsieDataset.LoadSplitAsync(_folder.Path, "test", CancellationToken.None));
        var missingImage = await Assert.ThrowsAsync<InvalidDataException>(() => OsieDataset.LoadSplitAsync(_folder.Path, "val", CancellationToken.None));

        Assert.Contains("test.txt", missingList.Message, StringComparison.Ordinal);
        Assert.Contains("3.jpg", missingImage.Message, StringComparison.Ordinal);
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
    public void Fixations_are_grouped_by_image_keeping_subject_and_fractional_position()
    {
        var parsed = OsieDataset.ParseFixations(["image,subject,x,y,duration_ms", "1001.jpg,1,395.5,265.7,246", "1002.jpg,3,1,2,100", "", "1001.jpg,2,10,20,5"]);

        Assert.Equal([new SubjectFixation(1, 395.5, 265.7), new SubjectFixation(2, 10, 20)], parsed["1001.jpg"]);
        Assert.Single(parsed["1002.jpg"]);
    }

    [Fact]
    public void A_wrong_header_or_a_subject_that_is_not_a_number_is_invalid_data_naming_the_line()
    {
        Assert.Throws<InvalidDataException>(() => OsieDataset.ParseFixations(["a,b,c"]));
        var ex = Assert.Throws<InvalidDataException>(() => OsieDataset.ParseFixations(["image,subject,x,y", "1.jpg,one,2,3"]));
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixations_fall_into_the_grid_cell_covering_them_and_outside_ones_are_dropped()
    {
        SubjectFixation[] fixations = [new(1, 0, 0), new(1, 799.9, 599.9), new(2, 400, 300), new(2, -1, 5), new(3, 800, 10)];

        var counts = FixationGrid.Counts(fixations, 800, 600, cols: 24, rows: 18);

        Assert.Equal(3f, counts.Sum());
        Assert.Equal(1f, counts[0]);
        Assert.Equal(1f, counts[(17 * 24) + 23]);
        Assert.Equal(1f, counts[(9 * 24) + 12]);
    }

    [Fact]
    public void Area_resize_averages_the_pixels_each_output_pixel_covers()
    {
        var image = new RgbImage(new FrameSize(4, 2), [.. Enumerable.Range(0, 8).SelectMany(i => new byte[] { (byte)(i * 10), 0, 255 })]);

        var half = image.ResizeArea(2, 1);

        // Output pixel 0 covers source columns 0–1 of both rows: values 0, 10, 40, 50 → 25.
        Assert.Equal(new byte[] { 25, 0, 255, 45, 0, 255 }, half.Rgb);
    }

    [OsieFact]
    public async Task The_real_osie_split_has_600_train_and_100_val_images_with_fixations()
    {
        var dataset = await OsieDataset.LoadAsync(OsieData.Root, CancellationToken.None);

        Assert.Equal(600, dataset.Train.Count);
        Assert.Equal(100, dataset.Val.Count);
        Assert.Empty(dataset.Train.Select(i => i.Name).Intersect(dataset.Val.Select(i => i.Name)));
        Assert.All(dataset.Train.Concat(dataset.Val), i => Assert.NotEmpty(i.Fixations));
        var first = await ImageFiles.ReadRgbAsync(dataset.Train[0].Path, CancellationToken.None);
        Assert.Equal(new FrameSize(800, 600), first.Size);
    }

    private async Task WriteSmallOsieAsync()
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
    }
}
