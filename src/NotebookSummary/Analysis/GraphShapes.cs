namespace NotebookSummary.Analysis;

/// <summary>
/// Builds layer calls on the shapes of the tensors they are called on: every call after the calls it depends on
/// (in the order the calls were made, which C# and Python both make inputs-first), each layer with its own rules.
/// A call that fails records why; the calls that depend on it are not built. A model called as a layer gives its
/// inputs other shapes: the constructor takes them in place of the shapes the Input layers declare.
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
    private readonly NameScope? _scope;
    private readonly bool _frozen;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Node, Result>? _known;

    /// <param name="inputShapes">Shapes given to Input layers' calls in place of their declared ones, or null.</param>
    /// <param name="label">Who made a tensor, in messages (<c>dense</c>, <c>dense[1][0]</c>), or null when unknown.</param>
    /// <param name="scope">The model's names, handed to nested models built here.</param>
    /// <param name="known">Results kept from earlier builds with the same input shapes and labels, used instead of
    /// building those calls again, and given every new result (<see cref="KerasTensor.Shape"/>'s cache).</param>
    /// <param name="frozen">The model is frozen, and with it the models nested in it.</param>
    public GraphShapes(IReadOnlyDictionary<Node, Shape>? inputShapes, Func<KerasTensor, string?> label, NameScope? scope = null,
        System.Runtime.CompilerServices.ConditionalWeakTable<Node, Result>? known = null, bool frozen = false)
    {
        _frozen = frozen;
        _inputShapes = inputShapes;
        _label = label;
        _scope = scope;
        _known = known;
    }

    /// <summary>The result of a call built by <see cref="Build"/>, or null when it was not asked for.</summary>
    public Result? Of(Node node) =>
        _results.GetValueOrDefault(node) ?? (_known is not null && _known.TryGetValue(node, out var known) ? known : null);

    /// <summary>Shapes of tensors being written (no model yet): layers labelled by their name or class;
    /// <paramref name="known"/> keeps results across instances (see <see cref="KerasTensor.Shape"/>).</summary>
    public static GraphShapes ForTensors(System.Runtime.CompilerServices.ConditionalWeakTable<Node, Result>? known = null) =>
        new(null, t => t.Node.Layer.Name ?? t.Node.Layer.ClassName, known: known);

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
            return tensor.Index < built.OutputCount ? built.OutputAt(tensor.Index)
                : throw new InvalidOperationException($"{node.Layer.ClassName} has {built.OutputCount} output(s), not {tensor.Index + 1}");
        var failed = result.FailedUpstream ?? node;
        var error = Of(failed)!.Error!;
        throw new InvalidOperationException(
            $"{failed.Layer.Name ?? failed.Layer.ClassName}: {error.Message}" + (error.Hint is null ? "" : $" ({error.Hint})"));
    }

    /// <summary>Builds <paramref name="targets"/> and every call they depend on (each once).</summary>
    public void Build(IEnumerable<Node> targets)
    {
        // A model's calls come as a list: its size sizes the tables once, rather than by doubling.
        int expected = targets is IReadOnlyCollection<Node> known ? known.Count : 0;
        var pending = new List<Node>(expected);
        var seen = new HashSet<Node>(expected, ReferenceEqualityComparer.Instance);
        var stack = new Stack<Node>();
        _results.EnsureCapacity(_results.Count + expected);
        // A call built before (a known result) stops the walk: what it depends on was built then too.
        bool Needed(Node node)
        {
            if (_results.ContainsKey(node) || !seen.Add(node)) return false;
            if (_known is not null && _known.TryGetValue(node, out var known))
            {
                _results[node] = known;
                return false;
            }
            return true;
        }
        foreach (var target in targets)
            if (Needed(target)) stack.Push(target);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            pending.Add(node);
            var inputs = node.Inputs; // indexed: a foreach on the list would box an enumerator for every call
            for (int i = 0; i < inputs.Count; i++)
                if (Needed(inputs[i].Node)) stack.Push(inputs[i].Node);
        }
        pending.Sort((a, b) => a.Order.CompareTo(b.Order));
        foreach (var node in pending)
        {
            var result = BuildOne(node);
            _results[node] = result;
            _known?.AddOrUpdate(node, result);
        }
    }

    private Result BuildOne(Node node)
    {
        try
        {
            if (node.IsInput) return new Result(BuildInput(node), null, null);
            if (node.Layer is Input)
                throw new ModelException("an Input is the start of a model and cannot be called on a tensor",
                    "use the Input itself as the tensor: new Dense(8).Call(inputs)");

            var shapes = new Shape[node.CalledOnCount];
            var labels = new string?[node.CalledOnCount];
            for (int i = 0; i < shapes.Length; i++)
            {
                var tensor = node.Inputs[i];
                var source = _results[tensor.Node];
                if (!source.Succeeded) return new Result(null, null, source.FailedUpstream ?? tensor.Node);
                var built = source.Built!;
                labels[i] = _label(tensor);
                if (tensor.Index >= built.OutputCount)
                    throw new ModelException(
                        $"{node.Layer.ClassName} is called on output {tensor.Index} of {labels[i] ?? tensor.Node.Layer.ClassName}, "
                        + $"which has {(built.OutputCount == 1 ? "one output" : $"{built.OutputCount} outputs")}",
                        "use one of the outputs the layer has");
                shapes[i] = built.OutputAt(tensor.Index);
            }
            return new Result(LayerBuilder.BuildOn(node.Layer, new LayerInputs(shapes, labels, node.InputsAsList) { Scope = _scope, Frozen = _frozen }), null, null);
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
