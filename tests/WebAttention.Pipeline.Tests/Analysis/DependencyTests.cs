using WebAttention.Pipeline.Analysis;

namespace WebAttention.Pipeline.Tests.Analysis;

public class DependencyTests
{
    [Fact]
    public void The_pipeline_references_only_core_the_bcl_and_options()
    {
        var references = typeof(AttentionPipeline).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("WebAttention.Core", references);
        Assert.All(references, name => Assert.True(
            name == "WebAttention.Core" || name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.Extensions.Options", StringComparison.Ordinal),
            $"Unexpected reference {name}"));
    }
}
