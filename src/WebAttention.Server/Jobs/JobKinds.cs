namespace WebAttention.Server.Jobs;

/// <summary>Names of job handlers and of the queues they run on.</summary>
public static class JobKinds
{
    /// <summary>Proxy, decode, attention model, saliency store (queue <see cref="GpuQueue"/>).</summary>
    public const string Analyse = "analyse";

    /// <summary>Solves the crop path of one aspect from the stored maps (queue <see cref="CpuQueue"/>).</summary>
    public const string Reframe = "reframe";

    /// <summary>Renders one aspect's reframed video and its JSON, EDL and CSV (queue <see cref="ExportQueue"/>).</summary>
    public const string Export = "export";

    /// <summary>Queue of analyses (model inference; a GPU worker takes only this one).</summary>
    public const string GpuQueue = "gpu";

    /// <summary>Queue of CPU work.</summary>
    public const string CpuQueue = "cpu";

    /// <summary>Queue of renders.</summary>
    public const string ExportQueue = "export";
}
