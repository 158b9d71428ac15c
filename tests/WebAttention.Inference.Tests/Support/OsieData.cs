using WebAttention.Inference.Training;

namespace WebAttention.Inference.Tests.Support;

/// <summary>Where the OSIE data beside the repository is, if it is there.</summary>
public static class OsieData
{
    public static string Root { get; } = RepositoryPaths.DefaultOsieRoot(AppContext.BaseDirectory);

    public static bool IsPresent => OsieDataset.IsPresent(Root);
}
