using Microsoft.Extensions.Options;
using Spectre.Console;
using WebAttention.Cli.Hosting;
using WebAttention.Inference.Models;
using WebAttention.Inference.Sessions;
using WebAttention.Media.Processes;

namespace WebAttention.Cli.Commands;

/// <summary>Runs a command body and turns failures into one clear stderr line and an exit code.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(CliConsole console, Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Error.MarkupLine("[yellow]Cancelled.[/]");
            return ExitCodes.Cancelled;
        }
        catch (CliInputException ex)
        {
            WriteError(console, ex.Message);
            return ex.ExitCode;
        }
        catch (Exception ex) when (IsExpected(ex))
        {
            WriteError(console, ex.Message);
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            WriteError(console, $"unexpected {ex.GetType().Name}: {ex.Message}");
            console.Error.WriteLine(ex.StackTrace ?? string.Empty);
            return ExitCodes.Failure;
        }
    }

    private static bool IsExpected(Exception ex) => ex is MediaException
        or InvalidModelException
        or InferenceDeviceUnavailableException
        or OptionsValidationException
        or InvalidDataException
        or IOException
        or UnauthorizedAccessException;

    private static void WriteError(CliConsole console, string message) =>
        console.Error.MarkupLineInterpolated($"[red]error:[/] {message}");
}
