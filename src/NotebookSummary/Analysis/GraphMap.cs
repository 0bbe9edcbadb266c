namespace NotebookSummary.Analysis;

/// <summary>
/// The calls that make up a functional model and the order Keras lists its layers in — Keras's <c>map_graph</c>
/// (keras/src/ops/function.py), step for step:
/// <list type="number">
/// <item>a depth-first walk from each output (in output order) back through each call's input tensors (in order),
/// stopping at the model's inputs, collects the calls and numbers each layer when first reached;</item>
/// <item>a call's depth is the longest path from it to an output, a layer's depth the largest of its calls'
/// (walked from the outputs back, a shared layer's calls take the layer's depth seen so far);</item>
/// <item>layers are listed deepest first, layers of one depth in the order the walk reached them; inputs that reach
/// no output come at depth 0, first.</item>
/// </list>
/// The walk keeps its own stack, so a chain of 10,000 layers needs no deep recursion.
/// </summary>
internal sealed class GraphMap
{
    private readonly Dictionary<Layer, List<Node>> _nodesOf;

    private GraphMap(List<Node> nodes, List<Layer> operations, bool sequentialLike)
    {
        _nodesOf = new(operations.Count, ReferenceEqualityComparer.Instance);
        Nodes = nodes;
        Operations = operations;
        IsSequentialLike = sequentialLike;
        foreach (var node in nodes)
        {
            if (!_nodesOf.TryGetValue(node.Layer, out var list)) _nodesOf[node.Layer] = list = [];
            list.Add(node);
        }
        foreach (var list in _nodesOf.Values) list.Sort((a, b) => a.Index.CompareTo(b.Index));
    }

    /// <summary>Every call of the model, from the inputs towards the outputs (each after the calls it depends on).</summary>
    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>The model's layers in Keras's order (<c>model._operations</c>): the rows of its summary.</summary>
    public IReadOnlyList<Layer> Operations { get; }

    /// <summary>
    /// Keras's test for the 3-column table: one call per depth, no call on several tensors, no layer called twice.
    /// </summary>
    public bool IsSequentialLike { get; }

    /// <summary>The calls of <paramref name="layer"/> that belong to this model, in the order they were made.</summary>
    public IReadOnlyList<Node> NodesOf(Layer layer) => _nodesOf.TryGetValue(layer, out var list) ? list : [];

    public static GraphMap Build(IReadOnlyList<KerasTensor> inputs, IReadOnlyList<KerasTensor> outputs)
    {
        var (ordered, operationIndex) = Walk(inputs, outputs);

        // Depths, walked from the outputs back (reversed(nodes_in_decreasing_depth) in Keras).
        // Sized once for the calls walked (a layer per call, most often), not grown by doubling.
        var nodeDepth = new Dictionary<Node, int>(ordered.Count, ReferenceEqualityComparer.Instance);
        var operationDepth = new Dictionary<Layer, int>(ordered.Count, ReferenceEqualityComparer.Instance);
        var operationsSeen = new List<Layer>(ordered.Count); // Python's dict order: first time each layer got a depth
        for (int i = ordered.Count - 1; i >= 0; i--)
        {
            var node = ordered[i];
            int depth = nodeDepth.GetValueOrDefault(node, 0);
            if (operationDepth.TryGetValue(node.Layer, out int previous)) depth = Math.Max(depth, previous);
            else operationsSeen.Add(node.Layer);
            operationDepth[node.Layer] = depth;
            nodeDepth[node] = depth;
            if (node.IsInput) continue;
            var called = node.Inputs; // indexed: a foreach on the list would box an enumerator for every call
            for (int t = 0; t < called.Count; t++)
                nodeDepth[called[t].Node] = Math.Max(depth + 1, nodeDepth.GetValueOrDefault(called[t].Node, 0));
        }

        // Inputs that reach no output: depth 0, before everything else of that depth.
        foreach (var input in inputs)
        {
            var layer = input.Node.Layer;
            if (operationDepth.ContainsKey(layer)) continue;
            operationDepth[layer] = 0;
            operationIndex[layer] = -1;
            operationsSeen.Add(layer);
            nodeDepth[input.Node] = 0;
            ordered.Add(input.Node);
        }

        var operations = operationsSeen
            .Select((layer, seen) => (layer, seen))
            .OrderByDescending(o => operationDepth[o.layer])
            .ThenBy(o => operationIndex[o.layer])
            .ThenBy(o => o.seen)
            .Select(o => o.layer)
            .ToList();

        return new GraphMap(ordered, operations, SequentialLike(ordered, nodeDepth));
    }

    // Keras's _build_map: post-order of the calls reached from the outputs, and each layer's first-reached number.
    private static (List<Node> Ordered, Dictionary<Layer, int> OperationIndex) Walk(
        IReadOnlyList<KerasTensor> inputs, IReadOnlyList<KerasTensor> outputs)
    {
        var finished = new HashSet<Node>(ReferenceEqualityComparer.Instance);
        var ordered = new List<Node>();
        var operationIndex = new Dictionary<Layer, int>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(Node Node, int Next, bool Expand)>();

        void Enter(KerasTensor tensor)
        {
            var node = tensor.Node;
            if (finished.Contains(node)) return;
            operationIndex.TryAdd(node.Layer, operationIndex.Count);
            bool expand = !node.IsInput && !IsAmong(tensor, inputs);
            stack.Push((node, 0, expand));
        }

        foreach (var output in outputs)
        {
            Enter(output);
            while (stack.Count > 0)
            {
                var (node, next, expand) = stack.Pop();
                if (expand && next < node.Inputs.Count)
                {
                    stack.Push((node, next + 1, expand));
                    Enter(node.Inputs[next]);
                }
                else if (finished.Add(node))
                {
                    ordered.Add(node);
                }
            }
        }
        return (ordered, operationIndex);
    }

    // inputs.Any(tensor.SameAs) without a delegate and an enumerator for every call walked.
    private static bool IsAmong(KerasTensor tensor, IReadOnlyList<KerasTensor> inputs)
    {
        for (int i = 0; i < inputs.Count; i++)
            if (tensor.SameAs(inputs[i])) return true;
        return false;
    }

    private static bool SequentialLike(List<Node> nodes, Dictionary<Node, int> nodeDepth)
    {
        var perDepth = new Dictionary<int, int>(nodes.Count);
        foreach (var node in nodes)
        {
            int count = perDepth[nodeDepth[node]] = perDepth.GetValueOrDefault(nodeDepth[node]) + 1;
            if (count > 1 || node.Inputs.Count > 1) return false;
        }
        var layers = new HashSet<Layer>(ReferenceEqualityComparer.Instance);
        foreach (var node in nodes)
            if (!layers.Add(node.Layer)) return false; // a layer called twice in the model
        return true;
    }
}
