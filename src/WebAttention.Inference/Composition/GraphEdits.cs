using Onnx;

namespace WebAttention.Inference.Composition;

/// <summary>Structural edits on an ONNX graph: keep only what feeds the outputs, order nodes topologically.</summary>
public static class GraphEdits
{
    /// <summary>Removes every node and initializer the graph outputs do not depend on.</summary>
    public static void PruneToOutputs(GraphProto graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var producer = ProducerIndex(graph);
        var needed = new HashSet<string>(graph.Output.Select(o => o.Name), StringComparer.Ordinal);
        var keep = new HashSet<NodeProto>();
        var pending = new Stack<string>(needed);
        while (pending.Count > 0)
        {
            if (producer.TryGetValue(pending.Pop(), out var node) && keep.Add(node))
            {
                foreach (var input in node.Input.Where(i => i.Length > 0 && needed.Add(i)))
                {
                    pending.Push(input);
                }
            }
        }

        var nodes = graph.Node.Where(keep.Contains).ToList();
        graph.Node.Clear();
        graph.Node.AddRange(nodes);
        var initializers = graph.Initializer.Where(i => needed.Contains(i.Name)).ToList();
        graph.Initializer.Clear();
        graph.Initializer.AddRange(initializers);
    }

    /// <summary>Reorders nodes so each comes after the producers of its inputs (ONNX requires it).</summary>
    /// <exception cref="InvalidOperationException">The graph has a cycle or an input nobody produces.</exception>
    public static void SortTopologically(GraphProto graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var available = new HashSet<string>(graph.Input.Select(i => i.Name).Concat(graph.Initializer.Select(i => i.Name)), StringComparer.Ordinal);
        available.Add(string.Empty); // optional inputs left blank
        var remaining = graph.Node.ToList();
        var sorted = new List<NodeProto>(remaining.Count);
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(n => n.Input.All(available.Contains)).ToList();
            if (ready.Count == 0)
            {
                var stuck = remaining[0];
                throw new InvalidOperationException($"Node '{stuck.Name}' waits for inputs nobody produces: {string.Join(", ", stuck.Input.Where(i => !available.Contains(i)))}.");
            }

            foreach (var node in ready)
            {
                sorted.Add(node);
                remaining.Remove(node);
                available.UnionWith(node.Output);
            }
        }

        graph.Node.Clear();
        graph.Node.AddRange(sorted);
    }

    private static Dictionary<string, NodeProto> ProducerIndex(GraphProto graph)
    {
        var index = new Dictionary<string, NodeProto>(StringComparer.Ordinal);
        foreach (var node in graph.Node)
        {
            foreach (var output in node.Output)
            {
                index[output] = node;
            }
        }

        return index;
    }
}
