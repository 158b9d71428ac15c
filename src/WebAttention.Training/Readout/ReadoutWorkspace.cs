namespace WebAttention.Training.Readout;

/// <summary>Reusable buffers for one image's forward and backward pass (one per thread).</summary>
public sealed class ReadoutWorkspace
{
    /// <summary>Allocates buffers for maps of <paramref name="cells"/> cells and <paramref name="hidden"/> hidden channels.</summary>
    public ReadoutWorkspace(int cells, int hidden)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cells);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hidden);
        Cells = cells;
        HiddenPre = new float[cells * hidden];
        Readout = new float[cells];
        LogDensity = new float[cells];
        Scratch = new float[cells];
        MapGradient = new float[cells];
        ReadoutGradient = new float[cells];
    }

    /// <summary>Cells per map.</summary>
    public int Cells { get; }

    /// <summary>Hidden pre-activations [cells, hidden].</summary>
    public float[] HiddenPre { get; }

    /// <summary>Readout map before the blur.</summary>
    public float[] Readout { get; }

    /// <summary>log p per cell after blur, prior and softmax.</summary>
    public float[] LogDensity { get; }

    /// <summary>Scratch for the blur.</summary>
    public float[] Scratch { get; }

    /// <summary>∂L/∂logits per cell.</summary>
    public float[] MapGradient { get; }

    /// <summary>∂L/∂readout (before the blur) per cell.</summary>
    public float[] ReadoutGradient { get; }
}
