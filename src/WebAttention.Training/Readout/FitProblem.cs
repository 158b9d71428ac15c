using WebAttention.Inference.Readout;

namespace WebAttention.Training.Readout;

/// <summary>
/// Standardised features and fixation counts of a training run, with the batch gradient and mean NLL.
/// Work is split into fixed contiguous chunks (one per thread) summed in order, so results do not depend
/// on scheduling.
/// </summary>
/// <param name="Features">Standardised features; train images first.</param>
/// <param name="Counts">Fixation counts per cell, per image.</param>
/// <param name="TrainCount">Images [0, TrainCount) are train, the rest val.</param>
/// <param name="Threads">Chunks per batch.</param>
internal sealed record FitProblem(FeatureSet Features, IReadOnlyList<float[]> Counts, int TrainCount, int Threads)
{
    /// <summary>Writes ∂(mean NLL)/∂values of <paramref name="batch"/> into <paramref name="gradient"/>; returns (NLL sum, fixations).</summary>
    public (double Nll, double Fixations) Gradient(ReadoutParameters parameters, int[] batch, float[] gradient)
    {
        var (rows, cols, cells) = (Features.Rows, Features.Cols, Features.Cells);
        var fixations = batch.Sum(i => (double)Counts[i].Sum());
        var weight = (float)(1.0 / Math.Max(1.0, fixations));
        var prior = ReadoutModel.PriorMap(parameters, rows, cols);
        var kernel = ReadoutMath.BlurKernel(parameters.BlurSigma);
        var chunks = Math.Min(Threads, batch.Length);
        var gradients = new float[chunks][];
        var priorGradients = new float[chunks][];
        var nll = new double[chunks];
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, chunk =>
        {
            var g = gradients[chunk] = new float[gradient.Length];
            var pg = priorGradients[chunk] = new float[cells];
            var workspace = new ReadoutWorkspace(cells, parameters.Hidden);
            for (var b = chunk * batch.Length / chunks; b < (chunk + 1) * batch.Length / chunks; b++)
            {
                var i = batch[b];
                nll[chunk] += ReadoutModel.AccumulateGradient(parameters, Features.Images[i], rows, cols, prior, kernel, Counts[i], weight, workspace, g, pg);
            }
        });

        Array.Clear(gradient);
        var priorMapGradient = new float[cells];
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            VectorOps.AddScaled(gradient, 1f, gradients[chunk]);
            VectorOps.AddScaled(priorMapGradient, 1f, priorGradients[chunk]);
        }

        ReadoutMath.ResizeTransposeAdd(priorMapGradient, rows, cols, gradient.AsSpan(parameters.PriorOffset), parameters.PriorRows, parameters.PriorCols);
        return (nll.Sum(), fixations);
    }

    /// <summary>Mean NLL per fixation over images [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public double MeanNll(ReadoutParameters parameters, int from, int to, CancellationToken cancellationToken)
    {
        var (rows, cols, cells) = (Features.Rows, Features.Cols, Features.Cells);
        var prior = ReadoutModel.PriorMap(parameters, rows, cols);
        var kernel = ReadoutMath.BlurKernel(parameters.BlurSigma);
        var chunks = Math.Max(1, Math.Min(Threads, to - from));
        var nll = new double[chunks];
        var fixations = new double[chunks];
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks, CancellationToken = cancellationToken }, chunk =>
        {
            var workspace = new ReadoutWorkspace(cells, parameters.Hidden);
            var count = to - from;
            for (var i = from + (chunk * count / chunks); i < from + ((chunk + 1) * count / chunks); i++)
            {
                ReadoutModel.Forward(parameters, Features.Images[i], rows, cols, prior, kernel, workspace);
                for (var p = 0; p < cells; p++)
                {
                    nll[chunk] -= Counts[i][p] * (double)workspace.LogDensity[p];
                    fixations[chunk] += Counts[i][p];
                }
            }
        });

        return nll.Sum() / fixations.Sum();
    }
}
