namespace WebAttention.Reliability.Tests;

public class ReliabilityTableTests
{
    [Fact]
    public void Rows_render_as_markdown_with_pipes_escaped()
    {
        var table = new ReliabilityTable("table-self-test", "input", "outcome");
        table.Add("a|b", 0.5);

        var markdown = table.ToMarkdown().Split('\n');

        Assert.Equal("| input | outcome |", markdown[0]);
        Assert.Equal("| a\\|b | 0.5 |", markdown[2]);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_refused()
    {
        var table = new ReliabilityTable("table-self-test", "input", "outcome");

        Assert.Throws<ArgumentException>(() => table.Add("only one"));
    }
}
