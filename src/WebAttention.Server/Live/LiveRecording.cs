using WebAttention.Core.Live;
using WebAttention.Core.Uploads;
using WebAttention.Media.Recording;
using WebAttention.Server.Uploads;

namespace WebAttention.Server.Live;

/// <summary>
/// The frames of a recorded live session, kept as the JPEGs the browser sent in a hidden folder under the uploads folder,
/// then encoded at the rate they were captured at and handed to the library as an ordinary clip (analysed like an upload:
/// maps and faces for every frame, then reframe, export and share as any clip). Deleted when disposed.
/// </summary>
public sealed class LiveRecording(string folder, int maxFrames) : IDisposable
{
    private long _frames;
    private double _first = double.NaN;
    private double _last = double.NaN;

    /// <summary>Frames kept so far.</summary>
    public long Frames => _frames;

    /// <summary>Keeps <paramref name="frame"/> (JPEG only; the browser's format) unless the recording is full.</summary>
    /// <exception cref="LiveFrameException">The frame is not a JPEG.</exception>
    public async Task AddAsync(LiveFrame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Format != LiveFrameFormat.Jpeg)
        {
            throw new LiveFrameException("Only JPEG frames can be recorded.");
        }

        if (_frames >= maxFrames)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, JpegSequenceEncoder.FrameName(_frames)), frame.Data, cancellationToken).ConfigureAwait(false);
        _frames++;
        _first = double.IsNaN(_first) ? frame.CapturedAt : _first;
        _last = frame.CapturedAt;
    }

    /// <summary>The capture rate: frames over the span between the first and the last capture time (1–60; 15 for fewer than two frames).</summary>
    public double FrameRate => _frames >= 2 && _last > _first ? Math.Clamp((_frames - 1) * 1000 / (_last - _first), 1, 60) : 15;

    /// <summary>Encodes the frames and adds the video to <paramref name="ownerId"/>'s library as <paramref name="title"/>.</summary>
    public async Task<UploadResult> SaveAsync(string ownerId, string title, JpegSequenceEncoder encoder, UploadStore uploads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(uploads);
        if (_frames == 0)
        {
            return new UploadResult(null, "Nothing was recorded.");
        }

        var video = Path.Combine(folder, "recording.mp4");
        await encoder.EncodeAsync(folder, FrameRate, video, cancellationToken).ConfigureAwait(false);
        return await uploads.AdoptAsync(ownerId, title, video, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the abandoned-upload sweep; nothing refers to it.
        }
    }
}
