using System.Diagnostics;
using System.Globalization;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Media.Configuration;
using WebAttention.Media.Processes;
using WebAttention.Media.Rendering;
using WebAttention.Media.TestClips;
using WebAttention.Reframing;
using WebAttention.Reframing.Export;
using WebAttention.Reframing.Model;
using WebAttention.Pipeline.Shots;

namespace WebAttention.Cli.Bench;

/// <summary>
/// Render speed: our <see cref="FfmpegReframeRenderer"/> (a solved, moving 9:16 path: sendcmd crop, scale, x264) against a
/// plain ffmpeg static crop + scale of the same clip to the same size with the same encoder settings, alternating runs
/// in one process. The clip is generated: 1920x1080, 30 fps, <c>testsrc2</c> with a 440 Hz tone (<see cref="ClipOptions"/>).
/// The path is solved by our <see cref="Reframer"/> from a synthetic focus sweeping left and right (period 4 s), so no
/// model run is needed.
/// </summary>
internal sealed class ReframeSpeedBench(FfmpegOptions ffmpeg, Reframer reframer)
{
    /// <summary>The generated 1080p30 clip of <paramref name="seconds"/>.</summary>
    public static LavfiClipOptions ClipOptions(double seconds) => new()
    {
        Size = new FrameSize(1920, 1080),
        FrameRate = 30,
        Shots = [new LavfiShot(LavfiPattern.TestSrc2, seconds)],
        WithAudio = true,
        FastStart = true,
    };

    public async Task<ReframeSpeedResult> RunAsync(string workFolder, double seconds, AspectRatio aspect, FrameSize export, int runs, Action<string> log, CancellationToken cancellationToken)
    {
        var options = ClipOptions(seconds);
        var clip = Path.Combine(workFolder, "speed-1080p30.mp4");
        var clipCommand = ShellQuote.Join([ffmpeg.FfmpegPath, .. LavfiClip.BuildArguments(options, clip)]);
        log($"generating the 1080p30 {seconds:0.##} s clip: {clipCommand}");
        await LavfiClip.GenerateAsync(options, clip, ffmpeg, cancellationToken).ConfigureAwait(false);

        var frames = options.ExpectedFrameCount;
        var path = SolvedPath(options, aspect, frames, cancellationToken);
        var settings = new ExportSettings { OutputPath = Path.Combine(workFolder, "speed-ours.mp4"), Width = export.Width, Height = export.Height };
        var plainArguments = PlainArguments(clip, path, settings, Path.Combine(workFolder, "speed-plain.mp4"));
        var plainCommand = ShellQuote.Join([ffmpeg.FfmpegPath, .. plainArguments]);
        log($"plain ffmpeg: {plainCommand}");
        var renderer = new FfmpegReframeRenderer(Microsoft.Extensions.Options.Options.Create(ffmpeg));
        var (ours, plain) = (new List<(double Wall, double Cpu)>(), new List<(double Wall, double Cpu)>());
        for (var run = 0; run < runs; run++)
        {
            plain.Add(await TimeAsync(() => FfmpegRun.RunAsync(ffmpeg, plainArguments, cancellationToken)).ConfigureAwait(false));
            ours.Add(await TimeAsync(() => renderer.RenderAsync(clip, path, settings, null, cancellationToken)).ConfigureAwait(false));
            log(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}/{runs}: plain {plain[^1].Wall:0.00} s ({plain[^1].Cpu:0.00} CPU s), ours {ours[^1].Wall:0.00} s ({ours[^1].Cpu:0.00} CPU s)"));
        }

        var oursFps = frames / ours.Min(r => r.Wall);
        var plainFps = frames / plain.Min(r => r.Wall);
        var oursCpuFps = frames / ours.Min(r => r.Cpu);
        var plainCpuFps = frames / plain.Min(r => r.Cpu);
        return new ReframeSpeedResult(
            clipCommand, plainCommand, frames, export.Width, export.Height, runs,
            [.. ours.Select(r => r.Wall)], [.. plain.Select(r => r.Wall)], oursFps, plainFps, oursFps / plainFps)
        {
            OursCpuSeconds = [.. ours.Select(r => r.Cpu)],
            PlainCpuSeconds = [.. plain.Select(r => r.Cpu)],
            CpuRatio = oursCpuFps / plainCpuFps,
        };
    }

    private CropPath SolvedPath(LavfiClipOptions options, AspectRatio aspect, long frames, CancellationToken cancellationToken)
    {
        var (w, h) = (options.Size.Width, options.Size.Height);
        var focus = Enumerable.Range(0, (int)frames)
            .Select(i => new FrameFocus(i, w * (0.5 + (0.3 * Math.Sin(2 * Math.PI * i / options.FrameRate / 4))), h / 2.0, 1))
            .ToList();
        return reframer.Reframe(focus, ShotSegmenter.FromCuts([], frames), options.Size, options.FrameRate, new ReframeRequest(aspect), cancellationToken);
    }

    /// <summary>Static crop at the path's mean window, scaled to the export size, same encoder and audio settings as ours.</summary>
    private static IReadOnlyList<string> PlainArguments(string clip, CropPath path, ExportSettings settings, string output)
    {
        var shot = path.Shots[0];
        var x = (int)Math.Round(path.Frames.Average(f => f.X));
        var y = (int)Math.Round(path.Frames.Average(f => f.Y));
        var filter = string.Create(CultureInfo.InvariantCulture, $"crop={shot.WindowWidth}:{shot.WindowHeight}:{x}:{y},scale={settings.Width}:{settings.Height}:flags=bicubic,setsar=1,format=yuv420p");
        return new FfmpegArgumentBuilder().Quiet().InputFile(clip)
            .Option("-vf", filter)
            .Option("-c:v", "libx264").Option("-preset", settings.Preset).Option("-crf", settings.Crf).Option("-pix_fmt", "yuv420p")
            .Option("-c:a", "aac").Option("-b:a", string.Create(CultureInfo.InvariantCulture, $"{settings.AudioKbps}k"))
            .Option("-movflags", "+faststart").Flag("-y").Output(output).Build();
    }

    /// <summary>Wall seconds and the CPU seconds of the ffmpeg processes the work ran.</summary>
    private static async Task<(double Wall, double Cpu)> TimeAsync(Func<Task> work)
    {
        var cpu = ChildCpuTime.Seconds();
        var clock = Stopwatch.StartNew();
        await work().ConfigureAwait(false);
        return (clock.Elapsed.TotalSeconds, ChildCpuTime.Seconds() - cpu);
    }
}
