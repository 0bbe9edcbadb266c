
namespace NotebookSummary.Analysis;

/// <summary>Walks a chain of layers, building each on its predecessor's output (Keras's Sequential semantics).</summary>
internal static class Summarizer
{
    /// <summary>
    /// The summary of the chain <paramref name="layers"/>. <paramref name="givenInput"/> is the shape of the tensor a
    /// Sequential used as a layer is called on (it replaces the declared input, which the caller checked against it);
    /// <paramref name="frozen"/> is a Sequential whose <c>trainable</c> is False: every weight is non-trainable.
    /// A Sequential used as a layer is summarized with the names its outer model gave (<paramref name="outer"/>), and
    /// its rows say what they are connected to, as in the model Keras builds inside it: the first layer to the
    /// InputLayer <paramref name="inputName"/>, each next one to the layer before it.
    /// </summary>
    public static ModelSummary Summarize(string name, IReadOnlyList<Layer> layers, Shape? givenInput = null,
        bool frozen = false, NameScope? outer = null, string? inputName = null)
    {
        var scope = outer is not null && outer.Covers(layers) ? outer : GraphNaming.AssignChain(layers);
        var names = scope.NamesOf(layers);
        string? connectedTo = outer is not null ? inputName : null;
        var rows = new List<SummaryRow>(layers.Count);
        Shape? modelInput = null;
        Shape? current = null;
        // Names made to differ need no check (a chain of plain layers, named by its own counters).
        var usedNames = scope.NamesDiffer(layers) ? null : new Dictionary<string, int>(layers.Count, StringComparer.Ordinal);
        var tally = new WeightTally(rows);
        ModelSummary Result(Shape? input, List<SummaryRow> built, ModelError? error) =>
            new(name, input, built, tally.Totals, error);
        string? previousName = null; // who made the current tensor, for messages about it
        var builder = new LayerBuilder(); // readied for each layer in turn: no builder and no inputs object a layer

        for (int position = 0; position < layers.Count; position++)
        {
            var layer = layers[position];
            string layerName = names[position];
            int index = rows.Count; // index in Keras's model.layers, which has no Input entry

            ModelError Error(string message, string? hint, string? calculation = null) => new()
            {
                LayerIndex = index, LayerName = layerName, ClassName = layer.ClassName,
                Message = message, Hint = hint, Source = layer.Source, Calculation = calculation,
                NotComputed = [.. Enumerable.Range(position + 1, layers.Count - position - 1).Where(i => layers[i] is not Input)
                    .Select(i => new UncomputedLayer(names[i], layers[i].ClassName))],
            };

            if (layer.IsInput)
            {
                var input = (Input)layer;
                if (position != 0)
                    return Result(modelInput, rows, Error("an Input can only be the first layer of a Sequential model",
                        "remove it, or move it to the top"));
                var shape = givenInput ?? input.Shape;
                if (shape.SampleDims.Any(d => d is <= 0))
                    return Result(null, rows, Error($"the input shape {shape.SampleText()} has a dimension that is not positive",
                        "every size in shape=... must be a positive integer or None"));
                modelInput = current = shape;
                continue;
            }

            if (usedNames is not null)
            {
                if (usedNames.TryGetValue(layerName, out int first))
                    return Result(modelInput, rows, Error($"the name '{layerName}' is already used by layer {first}",
                        "give every layer a unique name"));
                usedNames[layerName] = index;
            }

            if (current is null)
            {
                current = givenInput ?? layer.DeclaredInputShape();
                if (current is null)
                    return Result(null, rows, Error("the model has no input shape",
                        $"pass input_shape=... to the first layer, or start the model with Input(shape=...)"));
                if (current.SampleDims.Any(d => d is <= 0))
                    return Result(null, rows, Error($"the input shape {current.SampleText()} has a dimension that is not positive",
                        "every size in input_shape=... must be a positive integer or None"));
                modelInput = current;
            }

            try
            {
                builder.StartOn(layer, current, previousName, scope, frozen);
                builder.Build();
                var row = RowOf(builder, layerName, index, frozen,
                    connectedTo is null ? null : new ArrayView<string>([$"{connectedTo}[0][0]"]));
                try
                {
                    tally.Add(row);
                }
                catch (OverflowException)
                {
                    return Result(modelInput, rows, Error("the model's total parameter count exceeds the 64-bit integer range",
                        "check the sizes of this layer: no Keras model can hold that many weights"));
                }
                rows.Add(row);
                current = row.OutputShape;
                previousName = layerName;
                if (outer is not null) connectedTo = layerName;
            }
            catch (ModelException e)
            {
                return Result(modelInput, rows, Error(e.Message, e.Hint, e.Calculation) with { Window = e.Window });
            }
            catch (OverflowException)
            {
                return Result(modelInput, rows, Error("a size or parameter count exceeds the 64-bit integer range",
                    "check the layer's sizes: the model is far larger than any Keras could build"));
            }
        }
        return Result(modelInput, rows, null);
    }

    /// <summary>The walk-through of <paramref name="layer"/> built on <paramref name="inputs"/> (which it built on before).</summary>
    internal static WalkThrough BuildWalkThrough(Layer layer, LayerInputs inputs) => LayerBuilder.BuildOn(layer, inputs).ToWalkThrough();

    // A view, which the row keeps as it is: the rows of a Sequential model connect to nothing, and share it.
    private static readonly ArrayView<string> NoConnections = new([]);

    /// <summary>The row of a layer built in <paramref name="b"/>.</summary>
    /// <param name="connectedTo">A functional model's "Connected to" entries for the row, or null for none.</param>
    internal static SummaryRow RowOf(LayerBuilder b, string name, int index, bool frozen, IReadOnlyList<string>? connectedTo = null)
    {
        var layer = b.Layer;
        long total = b.ParamsRule?.Value ?? 0;
        if (b.ParamsRule is { Value: null })
            throw new ModelException($"{layer.ClassName} needs every input dimension that its weights depend on to be known",
                "give those dimensions a size in input_shape");
        bool trainable = layer.Trainable && !frozen;
        long nonTrainable = trainable ? b.NonTrainableRule?.Value ?? 0 : total;

        return new SummaryRow
        {
            Index = index,
            Name = name,
            ClassName = layer.ClassName,
            DisplayType = layer.DisplayType,
            Activation = layer.Activation,
            Kind = layer.Kind,
            InputShape = b.Input,
            OutputShape = b.OutputShape!,
            BuiltOutputShapes = b.SeveralOutputShapes,
            Params = total,
            TrainableParams = total - nonTrainable,
            NonTrainableParams = nonTrainable,
            Trainable = trainable,
            HasNoWeights = b.ParamsRule is null,
            IsOperation = layer.IsOperation,
            MultiplyAccumulates = b.MacsCount,
            Window = b.Window,
            DataFormat = DataFormatProbe.Of(layer),
            Nested = b.Nested,
            BuiltBy = b, // and WeightOwner
            ConnectedTo = connectedTo ?? NoConnections,
        };
    }
}
