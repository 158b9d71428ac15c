using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace WebAttention.Inference.Models;

/// <summary>
/// Proves a model folder's graph is what its manifest says: ONNX Runtime opens it on the CPU, the input and
/// output names exist with rank 4, and — for image models (temporal window 1) — one dry run on a small grey
/// frame gives a finite [1,1,h,w] map of the size the manifest's output scale promises. Clip models
/// (window &gt; 1) are checked as far as names and ranks only: their runner defines the clip layout.
/// </summary>
public static class ModelGraphCheck
{
    /// <summary>Sides of the dry-run frame, in multiples of the manifest's size multiple.</summary>
    public const int DryRunMultiples = 2;

    /// <summary>Checks <paramref name="folder"/>; throws <see cref="InvalidModelException"/> naming the first mismatch.</summary>
    public static Task VerifyAsync(ModelFolder folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Task.Run(() => Verify(folder, cancellationToken), cancellationToken);
    }

    private static void Verify(ModelFolder folder, CancellationToken cancellationToken)
    {
        var manifest = folder.Manifest;
        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_BASIC };
        InferenceSession session;
        try
        {
            session = new InferenceSession(folder.ModelPath, options);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new InvalidModelException($"ONNX Runtime cannot open {ModelManifest.ModelFileName} of '{manifest.DisplayName}': {FirstLine(ex.Message)}", ex);
        }

        using (session)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckTensor(manifest, "input", manifest.Input.Name, session.InputMetadata);
            CheckTensor(manifest, "output", manifest.Output.Name, session.OutputMetadata);
            if (manifest.TemporalWindow == 1)
            {
                DryRun(session, manifest, cancellationToken);
            }
        }
    }

    private static void CheckTensor(ModelManifest manifest, string role, string name, IReadOnlyDictionary<string, NodeMetadata> metadata)
    {
        if (!metadata.TryGetValue(name, out var node))
        {
            throw new InvalidModelException(
                $"The manifest of '{manifest.DisplayName}' names {role} \"{name}\", but the graph's {role}s are: {string.Join(", ", metadata.Keys.Select(k => $"\"{k}\""))}.");
        }

        if (node.Dimensions.Length != 4)
        {
            throw new InvalidModelException(
                $"The {role} \"{name}\" of '{manifest.DisplayName}' has rank {node.Dimensions.Length}; rank 4 is expected ({(role == "input" ? manifest.Input.Layout : manifest.Output.Layout)}).");
        }
    }

    private static void DryRun(InferenceSession session, ModelManifest manifest, CancellationToken cancellationToken)
    {
        var side = manifest.Input.SizeMultiple * DryRunMultiples;
        var frame = new DenseTensor<byte>(new[] { 1, side, side, 3 });
        frame.Fill(128);
        using var runOptions = new RunOptions();
        using var cancel = cancellationToken.Register(() => runOptions.Terminate = true);
        IDisposableReadOnlyCollection<DisposableNamedOnnxValue> results;
        try
        {
            results = session.Run([NamedOnnxValue.CreateFromTensor(manifest.Input.Name, frame)], [manifest.Output.Name], runOptions);
        }
        catch (OnnxRuntimeException ex)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidModelException(
                $"A dry run of '{manifest.DisplayName}' on a {side}×{side} frame failed: {FirstLine(ex.Message)}", ex);
        }

        using (results)
        {
            if (results.First().Value is not Tensor<float> map)
            {
                throw new InvalidModelException($"The output \"{manifest.Output.Name}\" of '{manifest.DisplayName}' is not float32 ({manifest.Output.Layout} is expected).");
            }

            var expected = new[] { 1, 1, side / manifest.OutputScale, side / manifest.OutputScale };
            if (!map.Dimensions.SequenceEqual(expected))
            {
                throw new InvalidModelException(
                    $"A dry run of '{manifest.DisplayName}' on a {side}×{side} frame gave a map of shape [{string.Join(",", map.Dimensions.ToArray())}]; " +
                    $"its manifest (outputScale {manifest.OutputScale}) promises [{string.Join(",", expected)}].");
            }

            if (map.Any(v => !float.IsFinite(v)))
            {
                throw new InvalidModelException($"A dry run of '{manifest.DisplayName}' on a {side}×{side} grey frame gave NaN or infinite values.");
            }
        }
    }

    private static string FirstLine(string message)
    {
        var trimmed = message.Trim();
        var end = trimmed.IndexOfAny(['\r', '\n']);
        return end < 0 ? trimmed : trimmed[..end];
    }
}
