using System.Globalization;

namespace WebAttention.Reframing.Export;

/// <summary>
/// SMPTE timecode of a frame number: <c>HH:MM:SS:FF</c> non-drop at the nominal rate (round(fps)), or
/// drop-frame <c>HH:MM:SS;FF</c> for 29.97 and 59.94 fps (frame numbers 0–1 / 0–3 skipped at the start of
/// every minute except each tenth), so timecode matches the clock.
/// </summary>
public static class Timecode
{
    /// <summary>Whether <paramref name="frameRate"/> is an NTSC rate counted in drop-frame (29.97, 59.94).</summary>
    public static bool IsDropFrame(double frameRate) =>
        Math.Abs(frameRate - (30000.0 / 1001)) < 0.01 || Math.Abs(frameRate - (60000.0 / 1001)) < 0.01;

    /// <summary>Frames counted per timecode second.</summary>
    public static int NominalRate(double frameRate)
    {
        if (!(frameRate > 0) || frameRate > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(frameRate), frameRate, "The frame rate must be in (0, 1000].");
        }

        return Math.Max(1, (int)Math.Round(frameRate));
    }

    /// <summary>The timecode of <paramref name="frame"/> (wraps after 24 hours, as tape timecode does).</summary>
    public static string Format(long frame, double frameRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frame);
        var nominal = NominalRate(frameRate);
        var drop = IsDropFrame(frameRate);
        if (drop)
        {
            var dropPerMinute = nominal / 15;
            var framesPer10Minutes = (nominal * 600) - (dropPerMinute * 9);
            var framesPerMinute = (nominal * 60) - dropPerMinute;
            var tens = frame / framesPer10Minutes;
            var rest = frame % framesPer10Minutes;
            frame += dropPerMinute * 9 * tens;
            if (rest > dropPerMinute)
            {
                frame += dropPerMinute * ((rest - dropPerMinute) / framesPerMinute);
            }
        }

        frame %= (long)nominal * 86400;
        var ff = frame % nominal;
        var seconds = frame / nominal;
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}{(drop ? ';' : ':')}{ff:00}");
    }
}
