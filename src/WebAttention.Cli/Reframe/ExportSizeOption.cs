using WebAttention.Cli.Commands;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;

namespace WebAttention.Cli.Reframe;

/// <summary>
/// The CLI's side of <see cref="ExportSize"/>: <c>--height N</c> gives N high with the width from the aspect;
/// without it the default for the source (the platform size, at most 2× the crop's own pixels). A size the
/// renderer cannot take is a usage error.
/// </summary>
public static class ExportSizeOption
{
    /// <summary>The export of <paramref name="aspect"/> at <paramref name="height"/> pixels high.</summary>
    /// <exception cref="CliInputException">A side would be odd, below 16 or above <see cref="ExportSize.MaxSide"/>.</exception>
    public static FrameSize AtHeight(AspectRatio aspect, int height) =>
        Checked(aspect, ExportSize.AtHeight(height, aspect.Width, aspect.Height));

    /// <summary>The default export of <paramref name="aspect"/> for a <paramref name="source"/> frame, and why.</summary>
    /// <exception cref="CliInputException">The default would be outside what the renderer takes.</exception>
    public static ExportSizeChoice Default(AspectRatio aspect, FrameSize source)
    {
        var choice = ExportSize.Default(source, aspect.Width, aspect.Height);
        Checked(aspect, choice.Size);
        return choice;
    }

    private static FrameSize Checked(AspectRatio aspect, FrameSize size) =>
        ExportSize.Problem(size) is { } problem
            ? throw CliInputException.Usage($"{aspect}: {problem} Adjust --height.")
            : size;
}
