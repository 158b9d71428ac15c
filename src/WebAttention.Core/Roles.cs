namespace WebAttention.Core;

/// <summary>Account roles.</summary>
public static class Roles
{
    /// <summary>Uploads and reframes their own clips.</summary>
    public const string Creator = nameof(Creator);
    /// <summary>Joins review sessions.</summary>
    public const string Reviewer = nameof(Reviewer);
    /// <summary>Runs jobs, workers, models, users and storage.</summary>
    public const string Admin = nameof(Admin);
}
