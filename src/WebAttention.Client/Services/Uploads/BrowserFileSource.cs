using Microsoft.AspNetCore.Components.Forms;

namespace WebAttention.Client.Services.Uploads;

/// <summary>An <see cref="IUploadSource"/> over a file the user picked or dropped.</summary>
public sealed class BrowserFileSource(IBrowserFile file) : IUploadSource
{
    /// <inheritdoc />
    public string Name => file.Name;

    /// <inheritdoc />
    public long Length => file.Size;

    /// <inheritdoc />
    public DateTimeOffset LastModified => file.LastModified;

    /// <inheritdoc />
    public Stream OpenRead(CancellationToken cancellationToken) =>
        file.OpenReadStream(maxAllowedSize: Math.Max(1, file.Size), cancellationToken);
}
