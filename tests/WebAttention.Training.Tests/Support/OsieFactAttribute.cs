namespace WebAttention.Training.Tests.Support;

/// <summary>A fact that needs the OSIE data in ../shared/data/osie; skipped with a reason when it is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OsieFactAttribute : FactAttribute
{
    public OsieFactAttribute()
    {
        if (!OsieData.IsPresent)
        {
            Skip = $"OSIE data not found at {OsieData.Root} (it lives beside the repository, in ../shared/data/osie).";
        }
    }
}
