namespace WebAttention.Inference.Tests.Support;

/// <summary>Tests sharing one composed model and its sessions (composition takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class ComposedModelCollection : ICollectionFixture<ComposedModelFixture>
{
    public const string Name = "Composed model";
}
