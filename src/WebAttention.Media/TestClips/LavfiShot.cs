using System.Text.RegularExpressions;

namespace WebAttention.Media.TestClips;

/// <summary>One shot of a generated clip; consecutive shots are joined with hard cuts.</summary>
/// <param name="Pattern">What the shot shows.</param>
/// <param name="Seconds">How long it lasts.</param>
/// <param name="Color">For <see cref="LavfiPattern.SolidColor"/>: an ffmpeg colour name ("red") or 0xRRGGBB.</param>
public sealed partial record LavfiShot(LavfiPattern Pattern, double Seconds, string Color = "red")
{
    /// <summary>Throws when the shot cannot be generated.</summary>
    public void Validate()
    {
        if (!(Seconds > 0) || !double.IsFinite(Seconds))
        {
            throw new ArgumentOutOfRangeException(nameof(Seconds), Seconds, "A shot must last a positive number of seconds.");
        }

        if (!ColorSyntax().IsMatch(Color ?? string.Empty))
        {
            throw new ArgumentException($"'{Color}' is not a colour name or 0xRRGGBB.", nameof(Color));
        }
    }

    [GeneratedRegex("^(0x[0-9a-fA-F]{6}|[a-zA-Z]{1,30})$")]
    private static partial Regex ColorSyntax();
}
