using WebAttention.Pipeline.Analysis;

namespace WebAttention.Pipeline.Tests.Fakes;

/// <summary>Synchronous progress collector (Progress&lt;T&gt; would post reports asynchronously).</summary>
internal sealed class ListProgress : IProgress<PipelineProgress>
{
    private readonly List<PipelineProgress> _reports = [];

    public IReadOnlyList<PipelineProgress> Reports
    {
        get
        {
            lock (_reports)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(PipelineProgress value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }
    }
}
