using WebAttention.Pipeline.Analysis;

namespace WebAttention.Pipeline.Tests.Analysis;

public class DependencyTests
{
    [Fact]
    public void The_pipeline_references_only_core_the_bcl_and_the_options_configuration_and_di_abstractions()
    {
        var references = typeof(AttentionPipeline).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("WebAttention.Core", references);
        Assert.All(references, name => Assert.True(
            name == "WebAttention.Core" || name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.Extensions.Options", StringComparison.Ordinal)
                // AddPipeline binds its options from configuration: abstractions only, no host.
                || name is "Microsoft.Extensions.Configuration.Abstractions" or "Microsoft.Extensions.DependencyInjection.Abstractions",
            $"Unexpected reference {name}"));
    }
}
