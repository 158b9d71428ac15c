using System.Text;
using WebAttention.Core.Media;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Tests.Storage;

namespace WebAttention.Pipeline.Tests.Shots;

public sealed class ShotListFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Cuts_written_by_the_analysis_are_read_back_as_the_same_shots()
    {
        var written = ShotList.From([100, 0, 40, 40, 500], frameCount: 150);

        await ShotListFile.WriteAsync(_folder.Path, written, CancellationToken.None);
        var read = await ShotListFile.TryReadAsync(_folder.Path, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(ShotList.CurrentVersion, read.Version);
        Assert.Equal(150, read.FrameCount);
        Assert.Equal([40L, 100L], read.Cuts);
        Assert.Equal([new Shot(0, 0, 40), new Shot(1, 40, 60), new Shot(2, 100, 50)], read.ToShots(150));
        Assert.Equal("{\"version\":1,\"frameCount\":150,\"cuts\":[40,100]}", await File.ReadAllTextAsync(ShotListFile.PathIn(_folder.Path)));
        Assert.Single(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task A_folder_without_shots_gives_null_so_the_caller_can_detect_them_once()
    {
        Assert.Null(await ShotListFile.TryReadAsync(_folder.Path, CancellationToken.None));
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("null", "holds no shot list")]
    [InlineData("{\"version\":2,\"frameCount\":10,\"cuts\":[]}", "version 2")]
    [InlineData("{\"version\":1,\"frameCount\":10,\"cuts\":[5,3]}", "cut 3")]
    [InlineData("{\"version\":1,\"frameCount\":10,\"cuts\":[10]}", "cut 10")]
    public void A_damaged_or_unknown_file_is_refused_with_the_reason(string json, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => ShotListFile.Parse(Encoding.UTF8.GetBytes(json)));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
