using System.Diagnostics.CodeAnalysis;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Model;

namespace WebAttention.Server.Reframing;

/// <summary>Checks what users type (aspects, presets, padding) and says what is wrong in a sentence.</summary>
public static class ReframeInput
{
    /// <summary>Most aspects one request may ask for.</summary>
    public const int MaxAspects = 8;

    /// <summary>Parses an aspect such as "9:16" (or "9x16"); between 1:10 and 10:1.</summary>
    public static bool TryParseAspect(string? text, out AspectRatio aspect, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (!AspectRatio.TryParse(text, out aspect))
        {
            error = string.IsNullOrWhiteSpace(text)
                ? "An aspect is empty: write it as W:H, e.g. 9:16."
                : $"'{Clip(text)}' is not an aspect ratio: write W:H with whole numbers from 1 to 10000, e.g. 9:16, 1:1, 4:5 or 16:9.";
            return false;
        }
        if (aspect.Value is < 0.1 or > 10)
        {
            error = $"'{Clip(text)}' is too extreme: aspects from 1:10 to 10:1 are supported.";
            return false;
        }
        return true;
    }

    /// <summary>Parses a list of aspects into distinct ratios (in the order given).</summary>
    public static bool TryParseAspects(IReadOnlyList<string>? texts, out List<AspectRatio> aspects, [NotNullWhen(false)] out string? error)
    {
        aspects = [];
        error = null;
        if (texts is null || texts.Count == 0)
        {
            error = "Ask for at least one aspect, e.g. [\"9:16\"].";
            return false;
        }
        if (texts.Count > MaxAspects)
        {
            error = $"Ask for at most {MaxAspects} aspects at once.";
            return false;
        }
        foreach (var text in texts)
        {
            if (!TryParseAspect(text, out var aspect, out error))
            {
                return false;
            }
            if (!aspects.Contains(aspect))
            {
                aspects.Add(aspect);
            }
        }
        return true;
    }

    /// <summary>Parses slower, default or faster (any case).</summary>
    public static bool TryParsePreset(string? text, out MotionPreset preset, [NotNullWhen(false)] out string? error)
    {
        error = null;
        preset = MotionPreset.Default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (text.Trim().All(char.IsAsciiLetter) && Enum.TryParse(text.Trim(), ignoreCase: true, out preset) && Enum.IsDefined(preset))
        {
            return true;
        }
        error = $"'{Clip(text)}' is not a motion preset: use slower, default or faster.";
        return false;
    }

    /// <summary>The preset as stored and shown: "slower", "default", "faster".</summary>
    public static string Name(MotionPreset preset) => preset.ToString().ToLowerInvariant();

    /// <summary>The padding style as stored: "blur", "solid".</summary>
    public static string Name(PaddingStyle padding) => padding.ToString().ToLowerInvariant();

    /// <summary>Parses blur or solid (any case).</summary>
    public static bool TryParsePadding(string? text, out PaddingStyle padding, [NotNullWhen(false)] out string? error)
    {
        error = null;
        padding = PaddingStyle.Blur;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (text.Trim().All(char.IsAsciiLetter) && Enum.TryParse(text.Trim(), ignoreCase: true, out padding) && Enum.IsDefined(padding))
        {
            return true;
        }
        error = $"'{Clip(text)}' is not a padding style: use blur or solid.";
        return false;
    }

    private static string Clip(string? text) => text is null ? string.Empty : text.Length <= 32 ? text : text[..32] + "…";
}
