namespace WebAttention.Inference;

/// <summary>Build-time location of the ResNet18 NuGet package, stamped into the assembly by MSBuild.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ResNet18PathAttribute(string packageRoot) : Attribute
{
    /// <summary>Root folder of the Microsoft.ML.DnnImageFeaturizer.ResNet18 package.</summary>
    public string PackageRoot { get; } = packageRoot;
}
