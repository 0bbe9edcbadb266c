
namespace NotebookSummary.Analysis;

/// <summary>Walks a chain of layers, building each on its predecessor's output (Keras's Sequential semantics).</summary>
internal static class Summarizer
{
    public static ModelSummary Summarize(string name, IReadOnlyList<Layer> layers)
    {
        var names = LayerNaming.Assign(layers);
        var rows = new List<SummaryRow>(layers.Count);
        Shape? modelInput = null;
        Shape? current = null;
        var usedNames = new Dictionary<string, int>(layers.Count, StringComparer.Ordinal);
        long total = 0, trainable = 0, nonTrainable = 0;
        ModelSummary Result(Shape? input, List<SummaryRow> built, ModelError? error) =>
            new(name, input, built, new ModelTotals(total, trainable, nonTrainable), error);

        for (int position = 0; position < layers.Count; position++)
        {
            var layer = layers[position];
            string layerName = names[layer];
            int index = rows.Count; // index in Keras's model.layers, which has no Input entry

            ModelError Error(string message, string? hint) => new()
            {
                LayerIndex = index, LayerName = layerName, ClassName = layer.ClassName,
                Message = message, Hint = hint, Source = layer.Source,
            };

            if (layer is Input input)
            {
                if (position != 0)
                    return Result(modelInput, rows, Error("an Input can only be the first layer of a Sequential model",
                        "remove it, or move it to the top"));
                var shape = input.Shape;
                if (shape.SampleDims.Any(d => d is <= 0))
                    return Result(null, rows, Error($"the input shape {shape.SampleText()} has a dimension that is not positive",
                        "every size in shape=... must be a positive integer or None"));
                modelInput = current = shape;
                continue;
            }

            if (usedNames.TryGetValue(layerName, out int first))
                return Result(modelInput, rows, Error($"the name '{layerName}' is already used by layer {first}",
                    "give every layer a unique name"));
            usedNames[layerName] = index;

            if (current is null)
            {
                current = layer.DeclaredInputShape();
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
                var row = BuildRow(layer, layerName, index, current);
                (long t, long tr, long nt) = (total, trainable, nonTrainable);
                try
                {
                    total = checked(total + row.Params);
                    trainable = checked(trainable + row.TrainableParams);
                    nonTrainable = checked(nonTrainable + row.NonTrainableParams);
                }
                catch (OverflowException)
                {
                    (total, trainable, nonTrainable) = (t, tr, nt);
                    return Result(modelInput, rows, Error("the model's total parameter count exceeds the 64-bit integer range",
                        "check the sizes of this layer: no Keras model can hold that many weights"));
                }
                rows.Add(row);
                current = row.OutputShape;
            }
            catch (ModelException e)
            {
                return Result(modelInput, rows, Error(e.Message, e.Hint));
            }
            catch (OverflowException)
            {
                return Result(modelInput, rows, Error("a size or parameter count exceeds the 64-bit integer range",
                    "check the layer's sizes: the model is far larger than any Keras could build"));
            }
        }
        return Result(modelInput, rows, null);
    }

    /// <summary>The walk-through of <paramref name="layer"/> built on <paramref name="input"/> (which it built on before).</summary>
    internal static WalkThrough BuildWalkThrough(Layer layer, Shape input) => LayerBuilder.BuildOn(layer, input).ToWalkThrough();

    private static SummaryRow BuildRow(Layer layer, string name, int index, Shape input)
    {
        var b = LayerBuilder.BuildOn(layer, input);

        long total = b.ParamsRule?.Value ?? 0;
        if (b.ParamsRule is { Value: null })
            throw new ModelException($"{layer.ClassName} needs every input dimension that its weights depend on to be known",
                "give those dimensions a size in input_shape");
        long nonTrainable = layer.Trainable ? b.NonTrainableRule?.Value ?? 0 : total;

        return new SummaryRow
        {
            Index = index,
            Name = name,
            ClassName = layer.ClassName,
            DisplayType = layer.DisplayType,
            Activation = layer.Activation,
            Kind = layer.Kind,
            InputShape = input,
            OutputShape = b.OutputShape!,
            Params = total,
            TrainableParams = total - nonTrainable,
            NonTrainableParams = nonTrainable,
            Trainable = layer.Trainable,
            HasNoWeights = b.ParamsRule is null,
            MultiplyAccumulates = b.MacsRule?.Value,
            Window = b.Window,
            DataFormat = DataFormatProbe.Of(layer),
            BuiltBy = b,
        };
    }
}
