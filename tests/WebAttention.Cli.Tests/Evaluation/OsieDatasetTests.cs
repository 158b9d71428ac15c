using WebAttention.Cli.Evaluation;
using WebAttention.Cli.Tests.Support;

namespace WebAttention.Cli.Tests.Evaluation;

public sealed class OsieDatasetTests
{
    [Fact]
    public void Fixations_are_grouped_by_image_keeping_subject_and_fractional_position()
    {
        var parsed = OsieDataset.ParseFixations(["image,subject,x,y,duration_ms", "1001.jpg,1,395.5,265.7,246", "1002.jpg,3,1,2,100", "", "1001.jpg,2,10,20,5"]);

        Assert.Equal([new SubjectFixation(1, 395.5, 265.7), new SubjectFixation(2, 10, 20)], parsed["1001.jpg"]);
        Assert.Single(parsed["1002.jpg"]);
    }

    [Fact]
    public void A_wrong_header_or_row_is_invalid_data_naming_the_line()
    {
        Assert.Throws<InvalidDataException>(() => OsieDataset.ParseFixations(["a,b,c"]));
        var ex = Assert.Throws<InvalidDataException>(() => OsieDataset.ParseFixations(["image,subject,x,y", "1.jpg,one,2,3"]));
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_split_loads_in_list_order_with_its_fixations()
    {
        using var folder = new TempFolder();
        var root = SyntheticOsie.Create(folder.Combine("osie"));

        var images = await OsieDataset.LoadAsync(root, "val", CancellationToken.None);

        Assert.Equal(["0001.jpg", "0002.jpg", "0003.jpg"], images.Select(i => i.Name));
        Assert.All(images, i => Assert.Equal(20, i.Fixations.Count));
        Assert.True(File.Exists(images[0].Path));
    }
}
