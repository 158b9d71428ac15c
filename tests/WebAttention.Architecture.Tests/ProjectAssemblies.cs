using System.Reflection;

namespace WebAttention.Architecture.Tests;

/// <summary>The product's assemblies by root namespace (what NetArchTest matches), loaded by name so the rules read like the architecture picture.</summary>
internal static class ProjectAssemblies
{
    public const string Core = "WebAttention.Core";
    public const string Pipeline = "WebAttention.Pipeline";
    public const string Reframing = "WebAttention.Reframing";
    public const string Inference = "WebAttention.Inference";
    public const string Media = "WebAttention.Media";
    public const string Data = "WebAttention.Data";
    public const string Client = "WebAttention.Client";
    public const string Server = "WebAttention.Server";
    public const string Cli = "WebAttention.Cli";
    public const string Training = "WebAttention.Training";
    public const string Worker = "WebAttention.Worker";

    public static readonly string[] All = [Core, Pipeline, Reframing, Inference, Media, Data, Client, Server, Cli, Training, Worker];

    /// <summary>Loads a product assembly by its root namespace (the CLI's file is named after its command).</summary>
    public static Assembly Load(string rootNamespace) =>
        Assembly.Load(new AssemblyName(rootNamespace == Cli ? "webattention" : rootNamespace));

    /// <summary>Every product assembly except the named ones (as namespace prefixes NetArchTest matches).</summary>
    public static string[] AllBut(params string[] allowed) => [.. All.Where(a => !allowed.Contains(a))];
}
