using Spectre.Console;

namespace WebAttention.Cli.Hosting;

/// <summary>Where a command writes: results to <see cref="Out"/>, errors and diagnostics to <see cref="Error"/>.</summary>
public sealed class CliConsole
{
    /// <summary>Wraps two Spectre consoles.</summary>
    public CliConsole(IAnsiConsole output, IAnsiConsole error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        Out = output;
        Error = error;
    }

    /// <summary>Standard output: tables, summaries, progress.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Standard error: error messages.</summary>
    public IAnsiConsole Error { get; }

    /// <summary>True when a live progress bar can be drawn (a terminal, not a redirected stream).</summary>
    public bool ShowsLiveProgress => Out.Profile.Capabilities.Interactive && Out.Profile.Capabilities.Ansi;

    /// <summary>The process's stdout and stderr; no live rendering when stdout is redirected.</summary>
    public static CliConsole FromSystem() =>
        new(Create(Console.Out, Console.IsOutputRedirected), Create(Console.Error, Console.IsErrorRedirected));

    /// <summary>Plain-text consoles over writers (tests, captured output): no colours, no live rendering.</summary>
    public static CliConsole ForWriters(TextWriter output, TextWriter error) =>
        new(Create(output, redirected: true), Create(error, redirected: true));

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            // Redirected output has no terminal width; keep tables on one line each.
            console.Profile.Width = 160;
        }

        return console;
    }
}
