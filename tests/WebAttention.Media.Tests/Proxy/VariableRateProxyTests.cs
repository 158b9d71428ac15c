using System.Diagnostics;
using System.Globalization;
using WebAttention.Core.Media;
using WebAttention.Media.Tests.TestSupport;

namespace WebAttention.Media.Tests.Proxy;

/// <summary>
/// A variable-rate source (a 30 fps base with 3 of every 10 frames missing, as phones write) reaches the browser and the
/// analysis on one constant-rate grid at its average rate: the proxy's frame n plays at n / rate (what the player's
/// FrameClock assumes) and shows the picture the analysis decoded as frame n.
/// </summary>
public sealed class VariableRateProxyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_proxy_of_a_variable_rate_clip_is_constant_rate_and_frame_n_is_the_analysed_frame_n()
    {
        var source = _folder.File("vfr.mp4");
        await RunAsync("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=30:duration=3",
            "-vf", @"select='not(between(mod(n\,10)\,3\,5))'", "-fps_mode", "vfr", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-y", source);
        var info = await RealMedia.Probe().GetVideoInfoAsync(source, CancellationToken.None);
        var sourceTimes = await FrameTimesAsync(source);
        Assert.Contains(sourceTimes.Zip(sourceTimes.Skip(1), (a, b) => b - a), d => d > 1.5 / 30); // really variable

        var proxy = _folder.File("proxy.mp4");
        await RealMedia.Transcoder().TranscodeAsync(source, proxy, null, CancellationToken.None);

        var times = await FrameTimesAsync(proxy);
        for (var n = 0; n < times.Count; n++)
        {
            Assert.True(Math.Abs(times[n] - (n / info.FrameRate)) < 0.002, $"proxy frame {n} plays at {times[n]:0.0000} s, not {n / info.FrameRate:0.0000} s");
        }

        var analysed = await DecodeAsync(source);
        var shown = await DecodeAsync(proxy);
        Assert.Equal(analysed.Count, shown.Count);
        for (var n = 0; n < analysed.Count; n++)
        {
            var other = n + 1 < shown.Count ? n + 1 : n - 1;
            var same = MeanDifference(analysed[n], shown[n]);
            Assert.True(same < 2, $"frame {n}: the proxy shows another picture (mean difference {same:0.00})");
            // A gap in the source repeats a picture; where the neighbour is a different one, frame n is nearer.
            if (MeanDifference(analysed[n], analysed[other]) > 2)
            {
                Assert.True(same < MeanDifference(analysed[n], shown[other]), $"frame {n} looks more like frame {other}");
            }
        }
    }

    private static async Task<List<byte[]>> DecodeAsync(string file)
    {
        var frames = new List<byte[]>();
        await foreach (var frame in RealMedia.Decoder().DecodeAsync(file, new FrameSize(64, 36), CancellationToken.None))
        {
            frames.Add(frame.Rgb);
        }
        return frames;
    }

    private static double MeanDifference(byte[] a, byte[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Average();

    private static async Task<List<double>> FrameTimesAsync(string file)
    {
        var text = await RunAsync("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "frame=pts_time", "-of", "csv=p=0", file);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => double.Parse(l.TrimEnd(','), CultureInfo.InvariantCulture)).Order()];
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(RealMedia.Ffmpeg.BinaryFolder, tool)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await error);
        return await output;
    }
}
