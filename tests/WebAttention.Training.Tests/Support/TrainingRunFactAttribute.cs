namespace WebAttention.Training.Tests.Support;

/// <summary>
/// The full training run: only when WEBATTENTION_TRAIN=1 is set (it takes minutes and rewrites the committed
/// weight file) and the OSIE data is present.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TrainingRunFactAttribute : FactAttribute
{
    public const string Variable = "WEBATTENTION_TRAIN";

    public TrainingRunFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"Full training run: set {Variable}=1 to run it (rewrites src/WebAttention.Inference/Weights/readout-v1.json).";
        }
        else if (!OsieData.IsPresent)
        {
            Skip = $"OSIE data not found at {OsieData.Root}.";
        }
    }
}
