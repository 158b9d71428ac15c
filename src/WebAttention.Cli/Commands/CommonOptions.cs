using System.CommandLine;
using WebAttention.Cli.Hosting;
using WebAttention.Inference.Sessions;

namespace WebAttention.Cli.Commands;

/// <summary>The model options shared by every command that runs the model: <c>--device</c>, <c>--models</c>, <c>--model</c>.</summary>
internal sealed class CommonOptions
{
    public Option<InferenceDevice?> Device { get; } = new("--device")
    {
        Description = "Execution device: auto (CUDA if it works, else CPU), cuda or cpu. Default auto (or WEBATTENTION_Inference__Device).",
        HelpName = "auto|cuda|cpu",
    };

    public Option<string?> Models { get; } = new("--models")
    {
        Description = "Models folder (one sub-folder per model). Default data/models under the current directory.",
        HelpName = "DIR",
    };

    public Option<string?> Model { get; } = new("--model")
    {
        Description = "Model name (a folder in the models folder). Default: the built-in model, composed on first run.",
        HelpName = "NAME",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Device);
        command.Options.Add(Models);
        command.Options.Add(Model);
    }

    public CliSettings Read(ParseResult parse) =>
        new(parse.GetValue(Models), parse.GetValue(Device), parse.GetValue(Model));
}
