using Onnx;

namespace WebAttention.Inference.Composition;

/// <summary>
/// Appends nodes and constants to an ONNX graph under a name prefix, so the stages of a composed
/// graph read as labelled sections ("pre/…", "head/…"). Every node has one output, named like the node.
/// </summary>
public sealed class OnnxGraphBuilder
{
    private readonly string _prefix;

    /// <summary>Wraps <paramref name="graph"/>; new names start with <paramref name="prefix"/> + "/".</summary>
    public OnnxGraphBuilder(GraphProto graph, string prefix)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        Graph = graph;
        _prefix = prefix;
    }

    /// <summary>The graph being extended.</summary>
    public GraphProto Graph { get; }

    /// <summary>The full tensor name for <paramref name="name"/> in this section.</summary>
    public string NameOf(string name) => $"{_prefix}/{name}";

    /// <summary>Adds a node of <paramref name="opType"/> and returns its output tensor name.</summary>
    /// <param name="opType">ONNX operator (default domain).</param>
    /// <param name="name">Short name of the node and its output within the section.</param>
    /// <param name="inputs">Input tensor names.</param>
    /// <param name="attributes">Operator attributes.</param>
    public string Add(string opType, string name, IEnumerable<string> inputs, params AttributeProto[] attributes)
    {
        var output = NameOf(name);
        return AddNamed(opType, output, inputs, attributes);
    }

    /// <summary>Like <see cref="Add"/>, but the output gets exactly <paramref name="outputName"/> (to feed an existing tensor).</summary>
    public string AddNamed(string opType, string outputName, IEnumerable<string> inputs, params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = opType, Name = outputName };
        node.Input.AddRange(inputs);
        node.Output.Add(outputName);
        node.Attribute.AddRange(attributes);
        Graph.Node.Add(node);
        return outputName;
    }

    /// <summary>Adds a float constant (initializer) and returns its name.</summary>
    public string Floats(string name, long[] dims, params float[] values)
    {
        var tensor = new TensorProto { Name = NameOf(name), DataType = (int)TensorProto.Types.DataType.Float };
        tensor.Dims.AddRange(dims);
        tensor.FloatData.AddRange(values);
        Graph.Initializer.Add(tensor);
        return tensor.Name;
    }

    /// <summary>Adds an int64 constant (initializer) and returns its name; empty <paramref name="dims"/> makes a scalar.</summary>
    public string Int64s(string name, long[] dims, params long[] values)
    {
        var tensor = new TensorProto { Name = NameOf(name), DataType = (int)TensorProto.Types.DataType.Int64 };
        tensor.Dims.AddRange(dims);
        tensor.Int64Data.AddRange(values);
        Graph.Initializer.Add(tensor);
        return tensor.Name;
    }

    /// <summary>A float scalar constant.</summary>
    public string FloatScalar(string name, float value) => Floats(name, [], value);

    /// <summary>An int64 scalar constant.</summary>
    public string Int64Scalar(string name, long value) => Int64s(name, [], value);

    /// <summary>An INT attribute.</summary>
    public static AttributeProto Int(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    /// <summary>A STRING attribute.</summary>
    public static AttributeProto String(string name, string value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.String, S = Google.Protobuf.ByteString.CopyFromUtf8(value) };

    /// <summary>An INTS attribute.</summary>
    public static AttributeProto Ints(string name, params long[] values)
    {
        var attribute = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        attribute.Ints.AddRange(values);
        return attribute;
    }
}
