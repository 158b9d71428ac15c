using System.Diagnostics;
using WebAttention.Core.Media;
using WebAttention.Pipeline.Motion;

namespace WebAttention.Cli.Bench;

/// <summary>
/// The motion channel's cost: <see cref="MotionEstimator"/> over consecutive pre-decoded frames at the analysis
/// size onto the model's map grid, each against the two before it as the pipeline runs it (the history carried
/// from frame to frame, so from the third frame on the three-frame difference), after one warm-up frame.
/// CPU only, one thread.
/// </summary>
public static class MotionBenchmark
{
    /// <summary>Passes over the frames, so the timed work is long enough to read.</summary>
    public const int Passes = 4;

    /// <summary>Times <paramref name="estimator"/> on every frame of <paramref name="frames"/> but the first; also counts the verdicts.</summary>
    public static MotionBenchResult Run(MotionEstimator estimator, IReadOnlyList<VideoFrame> frames, FrameSize grid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(estimator);
        ArgumentNullException.ThrowIfNull(frames);
        if (frames.Count < 2)
        {
            return new MotionBenchResult(new Throughput("motion channel", 0, 0), 0, 0, 0, 0, 0);
        }

        estimator.Analyse(new MotionHistory(frames[0]), frames[1], grid);
        int moving = 0, still = 0, notComparable = 0, threeFrame = 0;
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < Passes; pass++)
        {
            var history = new MotionHistory(frames[0]);
            for (var i = 1; i < frames.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var analysis = estimator.Analyse(history, frames[i], grid);
                history = history.Then(frames[i], analysis);
                if (pass == 0)
                {
                    threeFrame += analysis.ComparedWithBeforePrevious ? 1 : 0;
                    _ = analysis.Verdict switch
                    {
                        MotionVerdict.Moving => moving++,
                        MotionVerdict.Still => still++,
                        _ => notComparable++,
                    };
                }
            }
        }

        var pairs = (long)Passes * (frames.Count - 1);
        var throughput = new Throughput($"motion channel ({frames[0].Size} → {grid} map)", pairs, clock.Elapsed.TotalSeconds);
        var milliseconds = throughput.Seconds * 1000 / pairs;
        return new MotionBenchResult(throughput, Math.Round(milliseconds, 3), moving, still, notComparable, threeFrame);
    }
}

/// <summary>The motion channel's measured cost.</summary>
/// <param name="Throughput">Frame pairs handled per second.</param>
/// <param name="MillisecondsPerFrame">Mean wall milliseconds a frame (pair).</param>
/// <param name="Moving">Pairs (one pass) where something moved against the camera.</param>
/// <param name="Still">Pairs where nothing moved apart from the camera.</param>
/// <param name="NotComparable">Pairs the camera model could not explain (cuts, whip pans, flat frames).</param>
/// <param name="ThreeFrame">Frames (one pass) whose map is the three-frame one (compared with the frame before the previous one too).</param>
public sealed record MotionBenchResult(Throughput Throughput, double MillisecondsPerFrame, int Moving, int Still, int NotComparable, int ThreeFrame);
