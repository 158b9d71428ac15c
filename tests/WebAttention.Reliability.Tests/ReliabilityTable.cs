using System.Globalization;
using System.Text;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests;

/// <summary>
/// One table of a reliability run (input → outcome, or a figure per row). Written to the test output and to
/// artifacts/reliability/{name}.md so the figures of a CI run can be read after it, and quoted with their command.
/// </summary>
public sealed class ReliabilityTable(string name, params string[] columns)
{
    private readonly List<string[]> _rows = [];

    public string Name { get; } = name;

    public IReadOnlyList<string[]> Rows => _rows;

    public void Add(params object?[] cells)
    {
        if (cells.Length != columns.Length)
        {
            throw new ArgumentException($"{Name}: {cells.Length} cells for {columns.Length} columns.", nameof(cells));
        }
        lock (_rows)
        {
            _rows.Add([.. cells.Select(Format)]);
        }
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| {string.Join(" | ", columns)} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"|{string.Concat(columns.Select(_ => "---|"))}");
        lock (_rows)
        {
            foreach (var row in _rows)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)))} |");
            }
        }
        return text.ToString();
    }

    /// <summary>Prints the table to the test's output and saves it under artifacts/reliability.</summary>
    public void Publish(ITestOutputHelper? output = null)
    {
        var markdown = ToMarkdown();
        output?.WriteLine(markdown);
        File.WriteAllText(Path.Combine(RepositoryPaths.Artifacts("reliability"), Name + ".md"), $"# {Name}\n\n{markdown}");
    }

    private static string Format(object? cell) => cell switch
    {
        null => "",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
