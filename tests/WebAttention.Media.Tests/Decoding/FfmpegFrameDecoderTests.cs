using System.Diagnostics;
using WebAttention.Core.Media;
using WebAttention.Media.Configuration;
using WebAttention.Media.Processes;
using WebAttention.Media.TestClips;
using WebAttention.Media.Tests.TestSupport;

namespace WebAttention.Media.Tests.Decoding;

[Collection(ClipsCollection.Name)]
public sealed class FfmpegFrameDecoderTests(GeneratedClips clips) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Every_frame_comes_out_once_at_the_requested_size_with_index_and_time()
    {
        var size = new FrameSize(128, 72);
        var frames = new List<VideoFrame>();

        await foreach (var frame in RealMedia.Decoder().DecodeAsync(clips.TestSrcWithAudioPath, size, CancellationToken.None))
        {
            frames.Add(frame);
        }

        Assert.Equal(GeneratedClips.TestSrcWithAudio.ExpectedFrameCount, frames.Count);
        Assert.All(frames, f => Assert.Equal((size, 128 * 72 * 3), (f.Size, f.Rgb.Length)));
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), frames.Select(f => f.Index));
        Assert.Equal(TimeSpan.FromSeconds(1), frames[25].Timestamp);
    }

    [Fact]
    public async Task A_solid_red_clip_decodes_to_red_pixels()
    {
        await foreach (var frame in RealMedia.Decoder().DecodeAsync(clips.RedPath, new FrameSize(40, 20), CancellationToken.None))
        {
            for (var p = 0; p < frame.Rgb.Length; p += 3)
            {
                Assert.InRange(frame.Rgb[p], 245, 255);
                Assert.InRange(frame.Rgb[p + 1], 0, 10);
                Assert.InRange(frame.Rgb[p + 2], 0, 10);
            }
        }
    }

    [Fact]
    public async Task The_moving_disc_is_where_the_generator_says()
    {
        var size = new FrameSize(160, 90);
        await foreach (var frame in RealMedia.Decoder().DecodeAsync(clips.DiscPath, size, CancellationToken.None))
        {
            if (frame.Index is not (0 or 25 or 49))
            {
                continue;
            }

            var (sumX, sumY, count) = (0.0, 0.0, 0);
            for (var y = 0; y < size.Height; y++)
            {
                for (var x = 0; x < size.Width; x++)
                {
                    if (frame.Rgb[((y * size.Width) + x) * 3] > 128)
                    {
                        (sumX, sumY, count) = (sumX + x + 0.5, sumY + y + 0.5, count + 1);
                    }
                }
            }

            var (cx, cy) = LavfiClip.DiscCentre(size, frame.Timestamp.TotalSeconds, 2);
            Assert.InRange(sumX / count, cx - 2, cx + 2);
            Assert.InRange(sumY / count, cy - 2, cy + 2);
        }
    }

    [Fact]
    public async Task Cancelling_stops_decoding_promptly()
    {
        var path = _folder.File("long.mp4");
        await LavfiClip.GenerateAsync(LavfiClipOptions.Single(LavfiPattern.TestSrc2, 20, new FrameSize(320, 180), 25), path);
        using var cts = new CancellationTokenSource();
        var received = 0;
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var frame in RealMedia.Decoder().DecodeAsync(path, new FrameSize(64, 36), cts.Token))
            {
                if (++received == 3)
                {
                    await cts.CancelAsync();
                }
            }
        });

        Assert.InRange(received, 3, 3 + new FfmpegOptions().DecodeBufferFrames);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Breaking_out_early_ends_without_error()
    {
        var taken = 0;
        await foreach (var frame in RealMedia.Decoder().DecodeAsync(clips.TestSrcWithAudioPath, new FrameSize(64, 36), CancellationToken.None))
        {
            if (++taken == 2)
            {
                break;
            }
        }

        Assert.Equal(2, taken);
    }

    [Fact]
    public async Task A_file_that_is_not_video_fails_with_the_refusal_sentence()
    {
        var path = _folder.File("notes.txt");
        await File.WriteAllTextAsync(path, "plain words");

        var error = await Assert.ThrowsAsync<MediaException>(async () =>
        {
            await foreach (var frame in RealMedia.Decoder().DecodeAsync(path, new FrameSize(64, 36), CancellationToken.None))
            {
            }
        });

        Assert.Equal("This file is not a video ffmpeg can read.", error.Message);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_ffmpeg_failure_surfaces_with_its_message()
    {
        // A stand-in ffmpeg that fails the way a broken decoder does; ffprobe stays real.
        var bin = Directory.CreateDirectory(_folder.File("bin")).FullName;
        File.CreateSymbolicLink(Path.Combine(bin, "ffprobe"), "/usr/bin/ffprobe");
        var fake = Path.Combine(bin, "ffmpeg");
        await File.WriteAllTextAsync(fake, "#!/bin/sh\necho 'Error while decoding stream #0:0: Invalid data found' >&2\nexit 1\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);

        var error = await Assert.ThrowsAsync<MediaException>(async () =>
        {
            await foreach (var frame in RealMedia.Decoder(new FfmpegOptions { BinaryFolder = bin }).DecodeAsync(clips.RedPath, new FrameSize(64, 36), CancellationToken.None))
            {
            }
        });

        Assert.Equal("ffmpeg could not decode the video (exit code 1): Error while decoding stream #0:0: Invalid data found", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
