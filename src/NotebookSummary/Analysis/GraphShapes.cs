namespace NotebookSummary.Analysis;

/// <summary>
/// Builds layer calls on the shapes of the tensors they are called on: every call after the calls it depends on
/// (in the order the calls were made, which C# and Python both make inputs-first), each layer with its own rules.
/// A call that fails records why; the calls that depend on it are not built. A model called as a layer gives its
/// inputs other shapes: <see cref="GraphShapes(IReadOnlyDictionary{Node, Shape}?, Func{KerasTensor, string?})"/>
/// takes them in place of the shapes the Input layers declare.
/// </summary>
internal sealed class GraphShapes
{
    /// <summary>What became of one call: the builder (shapes, parameters), or why it failed, or the call it waited for.</summary>
    public sealed record Result(LayerBuilder? Built, ModelException? Error, Node? FailedUpstream)
    {
        public bool Succeeded => Built is not null;
    }

    private readonly Dictionary<Node, Result> _results = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlyDictionary<Node, Shape>? _inputShapes;
    private readonly Func<KerasTensor, string?> _label;

    /// <param name="inputShapes">Shapes given to Input layers' calls in place of their declared ones, or null.</param>
    /// <param name="label">Who made a tensor, in messages (<c>dense</c>, <c>dense[1][0]</c>), or null when unknown.</param>
    public GraphShapes(IReadOnlyDictionary<Node, Shape>? inputShapes, Func<KerasTensor, string?> label)
    {
        _inputShapes = inputShapes;
        _label = label;
    }

    /// <summary>The result of a call built by <see cref="Build"/>, or null when it was not asked for.</summary>
    public Result? Of(Node node) => _results.GetValueOrDefault(node);

    /// <summary>Shapes of tensors being written (no model yet): layers labelled by their name or class.</summary>
    public static GraphShapes ForTensors() => new(null, t => t.Node.Layer.Name ?? t.Node.Layer.ClassName);

    /// <summary>
    /// The shape of <paramref name="tensor"/>, building the calls it depends on that this instance has not built yet
    /// (so asking one instance for the shapes of a growing graph builds each call once).
    /// </summary>
    /// <exception cref="InvalidOperationException">A call on the way fails to build; the message says why, as a summary would.</exception>
    public Shape OutputShape(KerasTensor tensor)
    {
        var node = tensor.Node;
        Build([node]);
        var result = Of(node)!;
        if (result.Built is { } built)
            return tensor.Index < built.OutputShapes.Count ? built.OutputShapes[tensor.Index]
                : throw new InvalidOperationException($"{node.Layer.ClassName} has {built.OutputShapes.Count} output(s), not {tensor.Index + 1}");
        var failed = result.FailedUpstream ?? node;
        var error = Of(failed)!.Error!;
        throw new InvalidOperationException(
            $"{failed.Layer.Name ?? failed.Layer.ClassName}: {error.Message}" + (error.Hint is null ? "" : $" ({error.Hint})"));
    }

    /// <summary>Builds <paramref name="targets"/> and every call they depend on (each once).</summary>
    public void Build(IEnumerable<Node> targets)
    {
        var pending = new List<Node>();
        var seen = new HashSet<Node>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Node>();
        foreach (var target in targets)
            if (!_results.ContainsKey(target) && seen.Add(target)) stack.Push(target);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            pending.Add(node);
            foreach (var tensor in node.Inputs)
                if (!_results.ContainsKey(tensor.Node) && seen.Add(tensor.Node)) stack.Push(tensor.Node);
        }
        pending.Sort((a, b) => a.Order.CompareTo(b.Order));
        foreach (var node in pending) _results[node] = BuildOne(node);
    }

    private Result BuildOne(Node node)
    {
        try
        {
            if (node.IsInput) return new Result(BuildInput(node), null, null);
            if (node.Layer is Input)
                throw new ModelException("an Input is the start of a model and cannot be called on a tensor",
                    "use the Input itself as the tensor: new Dense(8).Call(inputs)");

            var shapes = new Shape[node.Inputs.Count];
            var labels = new string?[node.Inputs.Count];
            for (int i = 0; i < shapes.Length; i++)
            {
                var tensor = node.Inputs[i];
                var source = _results[tensor.Node];
                if (!source.Succeeded) return new Result(null, null, source.FailedUpstream ?? tensor.Node);
                var outputs = source.Built!.OutputShapes;
                labels[i] = _label(tensor);
                if (tensor.Index >= outputs.Count)
                    throw new ModelException(
                        $"{node.Layer.ClassName} is called on output {tensor.Index} of {labels[i] ?? tensor.Node.Layer.ClassName}, "
                        + $"which has {(outputs.Count == 1 ? "one output" : $"{outputs.Count} outputs")}",
                        "use one of the outputs the layer has");
                shapes[i] = outputs[tensor.Index];
            }
            return new Result(LayerBuilder.BuildOn(node.Layer, new LayerInputs(shapes, labels, node.InputsAsList)), null, null);
        }
        catch (ModelException e)
        {
            return new Result(null, e, null);
        }
        catch (OverflowException)
        {
            return new Result(null, new ModelException("a size or parameter count exceeds the 64-bit integer range",
                "check the layer's sizes: the model is far larger than any Keras could build"), null);
        }
    }

    private LayerBuilder BuildInput(Node node)
    {
        var input = (Input)node.Layer;
        var shape = _inputShapes?.GetValueOrDefault(node) ?? input.Shape;
        if (shape.SampleDims.Any(d => d is <= 0))
            throw new ModelException($"the input shape {shape.SampleText()} has a dimension that is not positive",
                "every size in shape=... must be a positive integer or None");
        return LayerBuilder.BuildOn(input, LayerInputs.One(shape));
    }
}
