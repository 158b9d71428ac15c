namespace WebAttention.Pipeline.Analysis.Stages;

/// <summary>Counts one stage's frames and busy time and reports throttled progress. Single-threaded use.</summary>
internal sealed class StageMeter(
    string stage,
    long framesTotal,
    long runStarted,
    IProgress<PipelineProgress>? progress,
    TimeProvider time,
    TimeSpan interval)
{
    private TimeSpan _busy;
    private long _lastReport = long.MinValue;

    public long Frames { get; private set; }

    public long Start() => time.GetTimestamp();

    public void Stop(long started) => _busy += time.GetElapsedTime(started);

    public void Advance(long frames = 1)
    {
        Frames += frames;
        if (progress is null)
        {
            return;
        }

        var now = time.GetTimestamp();
        if (_lastReport != long.MinValue && time.GetElapsedTime(_lastReport, now) < interval)
        {
            return;
        }

        _lastReport = now;
        Report(now);
    }

    public void ReportFinal()
    {
        if (progress is not null)
        {
            Report(time.GetTimestamp());
        }
    }

    public StageTiming ToTiming() => new(stage, Frames, _busy);

    private void Report(long now)
    {
        var seconds = time.GetElapsedTime(runStarted, now).TotalSeconds;
        progress!.Report(new PipelineProgress(stage, Frames, framesTotal, seconds > 0 ? Frames / seconds : 0));
    }
}
