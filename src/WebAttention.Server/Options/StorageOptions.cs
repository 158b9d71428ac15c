using System.ComponentModel.DataAnnotations;

namespace WebAttention.Server.Options;

/// <summary>Where the embedded mode keeps its database and media (section "Storage").</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Data folder; relative paths resolve against the working directory.</summary>
    [Required]
    public string DataRoot { get; set; } = "data";

    /// <summary>Database connection string; empty means a SQLite file in the data folder.</summary>
    public string? ConnectionString { get; set; }
}
