namespace WebAttention.Data.Entities;

/// <summary>An unfinished upload. Its bytes are in the uploads folder under the id; the file length is the truth.</summary>
public sealed class Upload
{
    public Guid Id { get; set; }
    public required string OwnerId { get; set; }
    /// <summary>The browser's file name, kept only as the future clip's title.</summary>
    public required string FileName { get; set; }
    public long Length { get; set; }
    /// <summary>Last acknowledged offset (informational; the part file's length decides).</summary>
    public long ReceivedBytes { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}
