using System.Net;

namespace WebAttention.Client.Services.Api;

/// <summary>
/// Request content copied from a stream in 64 KB steps, reporting the fraction copied. In the browser the
/// fetch handler reads the content before sending, so the fraction tracks reading the file into the request;
/// the wait for the server's checks comes after 100 %. <c>length</c> is the stream's size (browser file streams
/// cannot seek, so it is passed in).
/// </summary>
public sealed class ProgressStreamContent(Stream source, long length, IProgress<double>? progress) : HttpContent
{
    private const int StepBytes = 64 * 1024;
    private readonly long _length = length;

    /// <inheritdoc />
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        await SerializeToStreamAsync(stream, context, CancellationToken.None);

    /// <inheritdoc />
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var buffer = new byte[StepBytes];
        long sent = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            sent += read;
            if (_length > 0)
            {
                progress?.Report(Math.Min(1.0, (double)sent / _length));
            }
        }
        progress?.Report(1.0);
    }

    /// <inheritdoc />
    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }
}
