using System.Text;
using WebAttention.Client.Services.Uploads;
using WebAttention.Core.Uploads;

namespace WebAttention.Client.Tests.Uploads;

public class ChunkPlannerTests
{
    [Fact]
    public void Plan_covers_the_file_in_chunk_sized_pieces_with_a_short_last_one()
    {
        var spans = ChunkPlanner.Plan(length: 150_000, fromOffset: 0, chunkBytes: 65_536).ToList();

        Assert.Equal([new(0, 65_536), new(65_536, 65_536), new(131_072, 18_928)], spans);
    }

    [Fact]
    public void Plan_resumes_from_the_acknowledged_offset()
    {
        var spans = ChunkPlanner.Plan(length: 200_000, fromOffset: 131_072, chunkBytes: 65_536).ToList();

        Assert.Equal(131_072, spans[0].Offset);
        Assert.Equal(200_000, spans[^1].End);
        Assert.Equal(200_000 - 131_072, spans.Sum(s => s.Length));
    }

    [Fact]
    public void Plan_of_a_finished_or_empty_file_is_empty()
    {
        Assert.Empty(ChunkPlanner.Plan(1000, 1000, 64));
        Assert.Empty(ChunkPlanner.Plan(0, 0, 64));
    }

    [Fact]
    public void Plan_rejects_an_offset_past_the_end() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChunkPlanner.Plan(10, 11, 4));

    [Fact]
    public void Chunk_carries_the_adler32_of_its_bytes()
    {
        var data = Encoding.ASCII.GetBytes("Wikipedia");

        var chunk = ChunkPlanner.CreateChunk(4096, data);

        Assert.Equal(4096, chunk.Offset);
        Assert.Same(data, chunk.Data);
        Assert.Equal(0x11E60398u, chunk.Checksum); // the RFC 1950 worked example
        Assert.Equal(Adler32.Compute(data), chunk.Checksum);
    }

    [Theory]
    [InlineData(65_536, 32_768, 32_768)]
    [InlineData(65_536, 131_072, 65_536)]
    [InlineData(65_536, 0, 65_536)]
    public void The_server_chunk_limit_wins_when_smaller(int preferred, int server, int expected) =>
        Assert.Equal(expected, ChunkPlanner.EffectiveChunkBytes(preferred, server));
}
