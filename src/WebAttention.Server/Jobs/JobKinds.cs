namespace WebAttention.Server.Jobs;

/// <summary>Names of job handlers.</summary>
public static class JobKinds
{
    /// <summary>Proxy, decode, attention model, saliency store.</summary>
    public const string Analyse = "analyse";
}
