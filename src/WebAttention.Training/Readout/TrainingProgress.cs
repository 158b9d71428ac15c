namespace WebAttention.Training.Readout;

/// <summary>A progress report of <see cref="ReadoutTrainer"/>.</summary>
/// <param name="Stage">Current stage.</param>
/// <param name="Current">Items done in this stage (images or epochs).</param>
/// <param name="Total">Items in this stage.</param>
/// <param name="Message">Human-readable line.</param>
/// <param name="TrainNll">Train NLL of the last epoch, when fitting.</param>
/// <param name="ValNll">Val NLL of the last epoch, when fitting.</param>
public sealed record TrainingProgress(TrainingStage Stage, int Current, int Total, string Message, double? TrainNll = null, double? ValNll = null);
