using WebAttention.Cli;
using WebAttention.Cli.Hosting;

// Composition lives in CliApplication (command tree) and CliHost (DI); see README.md.
return await CliApplication.BuildRootCommand(CliConsole.FromSystem()).Parse(args).InvokeAsync();
