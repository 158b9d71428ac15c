namespace WebAttention.Client.Services.Uploads;

/// <summary>A file to upload that can be read from the start as often as needed.</summary>
public interface IUploadSource
{
    /// <summary>File name (display title only).</summary>
    string Name { get; }

    /// <summary>Length in bytes.</summary>
    long Length { get; }

    /// <summary>Last modification time; with name and length it recognises the same file after a reload.</summary>
    DateTimeOffset LastModified { get; }

    /// <summary>Opens a fresh stream positioned at the first byte.</summary>
    Stream OpenRead(CancellationToken cancellationToken);
}
