namespace WebAttention.Training.Readout;

/// <summary>Where a training run is.</summary>
public enum TrainingStage
{
    /// <summary>Reading split lists and fixations.</summary>
    Loading,

    /// <summary>Decoding images and running the backbone.</summary>
    Extracting,

    /// <summary>Fitting the readout.</summary>
    Fitting,

    /// <summary>Computing final figures and writing the weight file.</summary>
    Finishing,
}
