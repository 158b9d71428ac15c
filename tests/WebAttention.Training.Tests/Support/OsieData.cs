using WebAttention.Training.Datasets;

namespace WebAttention.Training.Tests.Support;

/// <summary>Where the OSIE data beside the repository is, if it is there.</summary>
public static class OsieData
{
    public static string Root { get; } = OsieDataset.DefaultRoot(AppContext.BaseDirectory);

    public static bool IsPresent => OsieDataset.IsPresent(Root);
}
