namespace NotebookSummary.Analysis;

/// <summary>
/// Summarizes a functional model as Keras 3 does: one row per layer in Keras's order (<see cref="GraphMap"/>),
/// InputLayer rows included; each row's "Connected to" lists every tensor of every call of the layer in this model;
/// a layer called several times is one row, its weights counted once, its output shape that of its last call (even
/// one made for another model, as Keras shows it). An invalid graph gives a model error naming the layer, with the
/// rows that could be computed before it.
/// </summary>
internal static class GraphSummarizer
{
    /// <summary>
    /// The summary of <paramref name="model"/>. <paramref name="givenInputs"/> are the shapes the model is called on
    /// when it is used as a layer (in place of its Input layers' shapes); then only calls of this model count, and
    /// <paramref name="outer"/> holds the names the outer model gave its layers, <paramref name="ownName"/> its own.
    /// <paramref name="frozen"/>: the layer running the model is frozen, so none of the model's weights train.
    /// </summary>
    public static ModelSummary Summarize(Model model, IReadOnlyList<Shape>? givenInputs = null, NameScope? outer = null,
        string? ownName = null, bool frozen = false)
    {
        frozen |= !model.Trainable;
        var rows = new List<SummaryRow>();
        var tally = new WeightTally(rows);

        // Keras builds a model from Input tensors only (keras.Input); anything else has no shape of its own.
        for (int i = 0; i < model.Inputs.Count; i++)
        {
            var tensor = model.Inputs[i];
            if (!tensor.Node.IsInput)
            {
                var error = new ModelError
                {
                    LayerIndex = 0, LayerName = model.Name ?? "functional", ClassName = "Functional",
                    Message = $"the model's input {i} is an output of {tensor.Node.Layer.Name ?? tensor.Node.Layer.ClassName}, not an Input",
                    Hint = "a model starts from Input tensors: new Model(new Input(...), outputs), and the layers are called on them",
                };
                return new ModelSummary(model.Name ?? "functional", rows, new ModelTotals(0, 0, 0), error,
                    SummaryLayout.Graph, [], [], model.Structure);
            }
        }

        var map = GraphMap.Build(model.Inputs, model.Outputs);
        var (scope, modelName) = outer is not null && outer.Covers(map.Operations)
            ? (outer, ownName ?? model.Name ?? "functional")
            : GraphNaming.Assign(model, map.Operations);
        var names = scope.Names;
        string? Label(KerasTensor t) => names.TryGetValue(t.Node.Layer, out var n)
            ? t.Node.Index == 0 && t.Index == 0 ? n : $"{n}[{t.Node.Index}][{t.Index}]"
            : null;

        Dictionary<Node, Shape>? inputShapes = null;
        if (givenInputs is not null)
        {
            inputShapes = new Dictionary<Node, Shape>(ReferenceEqualityComparer.Instance);
            for (int i = 0; i < model.Inputs.Count && i < givenInputs.Count; i++) inputShapes[model.Inputs[i].Node] = givenInputs[i];
        }
        var shapes = new GraphShapes(inputShapes, Label, scope, frozen: frozen);
        shapes.Build(map.Nodes);

        // Keras shows a layer's output shape from its last call, also one made for another model.
        var shown = new Dictionary<Layer, Node>(map.Operations.Count, ReferenceEqualityComparer.Instance);
        foreach (var layer in map.Operations)
        {
            var own = map.NodesOf(layer);
            shown[layer] = own[^1];
            if (givenInputs is null && LayerCalls.Last(layer) is { } last && !ReferenceEquals(last, own[^1]))
            {
                shapes.Build([last]);
                if (shapes.Of(last)!.Succeeded) shown[layer] = last;
            }
        }

        var positions = new Dictionary<Layer, int>(map.Operations.Count, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < map.Operations.Count; i++) positions[map.Operations[i]] = i;
        var failure = FirstFailure(model, map, shapes, positions, names);
        var usedNames = new Dictionary<string, int>(map.Operations.Count, StringComparer.Ordinal);
        rows.Capacity = map.Operations.Count;

        ModelSummary Result(ModelError? error) => new(modelName, rows, tally.Totals, error,
            map.IsSequentialLike ? SummaryLayout.SequentialLike : SummaryLayout.Graph,
            [.. model.Inputs.Select(t => Reference(t, names, shapes))],
            [.. model.Outputs.Select(t => Reference(t, names, shapes))], model.Structure);

        for (int index = 0; index < map.Operations.Count; index++)
        {
            var layer = map.Operations[index];
            string name = names[layer];
            ModelError Error(string message, string? hint, string? calculation = null) => new()
            {
                LayerIndex = index, LayerName = name, ClassName = layer.ClassName,
                Message = message, Hint = hint, Source = layer.Source, Calculation = calculation,
                NotComputed = [.. map.Operations.Skip(index + 1).Select(l => new UncomputedLayer(names[l], l.ClassName))],
            };

            if (failure is { } f && f.Position == index) return Result(Error(f.Message, f.Hint, f.Calculation) with { Window = f.Window });
            var result = shapes.Of(shown[layer])!;
            if (!result.Succeeded) continue; // waits for a layer listed later, which fails

            if (usedNames.TryGetValue(name, out int first))
                return Result(Error($"the name '{name}' is already used by layer {first}", "give every layer a unique name"));
            usedNames[name] = index;

            try
            {
                var row = Summarizer.RowOf(result.Built!, name, index, frozen, ConnectedTo(map.NodesOf(layer), names));
                tally.Add(row);
                rows.Add(row);
            }
            catch (ModelException e)
            {
                return Result(Error(e.Message, e.Hint, e.Calculation) with { Window = e.Window });
            }
            catch (OverflowException)
            {
                return Result(Error("the model's total parameter count exceeds the 64-bit integer range",
                    "check the sizes of this layer: no Keras model can hold that many weights"));
            }
        }
        return Result(null); // a failure is at the position of one of the rows, and returned there
    }

    /// <summary>
    /// What makes the model invalid, if anything: a call that uses an Input the model does not list, a call that
    /// failed to build (the first one made), or a shared layer whose calls need different weights.
    /// </summary>
    private static (int Position, string Message, string? Hint, string? Calculation, OversizedWindow? Window)? FirstFailure(Model model, GraphMap map,
        GraphShapes shapes, Dictionary<Layer, int> positions, IReadOnlyDictionary<Layer, string> names)
    {
        // Keras's "Graph disconnected": a call on an Input that is not among the model's inputs.
        foreach (var node in map.Nodes)
            for (int t = 0; t < node.Inputs.Count; t++) // indexed: no boxed enumerator for every call
                if (node.Inputs[t] is var tensor && tensor.Node.IsInput && !IsModelInput(model, tensor.Node))
                {
                    string input = names[tensor.Node.Layer];
                    return (positions[node.Layer],
                        $"{names[node.Layer]} is called on {input}, an Input that is not one of the model's inputs",
                        $"add {input} to the model's inputs, or build this branch from one of them", null, null);
                }

        Node? failed = null;
        foreach (var node in map.Nodes)
        {
            var result = shapes.Of(node)!;
            if (result.Error is not null && (failed is null || node.Order < failed.Order)) failed = node;
        }
        if (failed is not null)
        {
            var e = shapes.Of(failed)!.Error!;
            return (positions[failed.Layer], e.Message, e.Hint, e.Calculation, e.Window);
        }

        foreach (var layer in map.Operations)
        {
            var calls = map.NodesOf(layer);
            if (calls.Count < 2) continue;
            var first = shapes.Of(calls[0])!.Built!;
            for (int i = 1; i < calls.Count; i++)
            {
                var other = shapes.Of(calls[i])!.Built!;
                if (first.ParamsRule?.Value != other.ParamsRule?.Value)
                    return (positions[layer],
                        $"{names[layer]} is shared, and its weights were made for its first call on {first.DescribeInput(0)}: "
                        + $"its call {calls[i].Index} on {other.DescribeInput(0)} would need other weights",
                        "call a shared layer on tensors of the same size, or use a separate layer for each", null, null);
            }
        }
        return null;
    }

    // A view of an array made here, which the row keeps without copying it.
    private static ArrayView<string> ConnectedTo(IReadOnlyList<Node> calls, IReadOnlyDictionary<Layer, string> names)
    {
        // Indexed loops: a foreach on these lists would box an enumerator for every row and every call.
        var entries = new List<string>(calls.Count);
        for (int c = 0; c < calls.Count; c++)
        {
            var inputs = calls[c].Inputs;
            for (int t = 0; t < inputs.Count; t++)
                entries.Add($"{names[inputs[t].Node.Layer]}[{inputs[t].Node.Index}][{inputs[t].Index}]");
        }
        return new ArrayView<string>([.. entries]);
    }

    // model.Inputs.Any(i => ReferenceEquals(i.Node, node)) without a closure for every tensor of every call.
    private static bool IsModelInput(Model model, Node node)
    {
        for (int i = 0; i < model.Inputs.Count; i++)
            if (ReferenceEquals(model.Inputs[i].Node, node)) return true;
        return false;
    }

    private static ModelTensor Reference(KerasTensor tensor, IReadOnlyDictionary<Layer, string> names, GraphShapes shapes)
    {
        var built = shapes.Of(tensor.Node)?.Built;
        var shape = built is not null && tensor.Index < built.OutputCount ? built.OutputAt(tensor.Index) : null;
        return new ModelTensor(names.GetValueOrDefault(tensor.Node.Layer) ?? tensor.Node.Layer.ClassName,
            tensor.Node.Index, tensor.Index, shape);
    }
}
