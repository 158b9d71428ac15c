using System.Globalization;

namespace WebAttention.Reliability.Tests.Uploads;

/// <summary>Counts and the seed of a reliability run, from environment variables so CI and a person can size a run.</summary>
public static class RunKnobs
{
    /// <summary>The seed variable shared by the randomised tests (cut offsets, kill moments).</summary>
    public const string SeedVariable = "WEBATTENTION_RELIABILITY_SEED";

    /// <summary>The positive integer in <paramref name="variable"/>, else <paramref name="fallback"/>.</summary>
    public static int Count(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    /// <summary>The seed from <see cref="SeedVariable"/>, else a fixed one so two runs of CI cut at the same places.</summary>
    public static int Seed(int fallback = 15) =>
        int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
