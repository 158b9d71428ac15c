using System.Text.Json;

namespace WebAttention.E2E.Tests.BrowserInference;

/// <summary>A map returned by the page's <c>predictRgbBase64</c> hook, with the runtime it ran on.</summary>
public sealed record BrowserMap(int Width, int Height, float[] Values, int Threads, bool CrossOriginIsolated)
{
    public static BrowserMap From(JsonElement json) => new(
        json.GetProperty("width").GetInt32(),
        json.GetProperty("height").GetInt32(),
        json.GetProperty("values").EnumerateArray().Select(v => v.GetSingle()).ToArray(),
        json.GetProperty("threads").GetInt32(),
        json.GetProperty("isolated").GetBoolean());

    /// <summary>A bare map (width, height, values) from a hook's JSON, with no runtime details.</summary>
    public static BrowserMap From(int width, int height, JsonElement values) =>
        new(width, height, values.EnumerateArray().Select(v => v.GetSingle()).ToArray(), 0, false);
}
