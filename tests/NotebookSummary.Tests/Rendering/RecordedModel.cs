using System.Text.Json;
using NotebookSummary.Analysis;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Rendering;

/// <summary>
/// A conformance case's rows exactly as Keras reported them (expected.json), replayed as a Sequential of layers
/// that state Keras's shape and counts. It lets the text renderers be checked against every Keras 3 golden, whatever
/// layer types the library implements yet: the rows are Keras's, the printed text is Keras's.
/// </summary>
internal static class RecordedModel
{
    public static Sequential Of(ConformanceCase c, string modelName)
    {
        var e = c.Expected;
        var input = e.GetProperty("input_shape").EnumerateArray().Select(Dim).ToArray();
        var model = new Sequential(modelName)
        {
            new Input(input.Skip(1).Select(d => (int?)d).ToArray()) { BatchSize = (int?)input[0] },
        };
        foreach (var l in e.GetProperty("layers").EnumerateArray())
        {
            long total = l.GetProperty("params").GetInt64();
            long trainable = l.GetProperty("trainable_params").GetInt64();
            var shape = l.GetProperty("output_shape").EnumerateArray().Select(Dim).ToArray();
            model.Add(new RecordedLayer(l.GetProperty("class_name").GetString()!, shape.Skip(1).ToArray(), total,
                l.GetProperty("non_trainable_params").GetInt64(),
                name: l.GetProperty("name").GetString()!,
                // Keras freezes a whole layer: all its weights non-trainable.
                trainable: !(total > 0 && trainable == 0)));
        }
        return model;
    }

    private static long? Dim(JsonElement d) => d.ValueKind == JsonValueKind.Null ? null : d.GetInt64();

    private sealed class RecordedLayer(string className, long?[] sampleDims, long total, long nonTrainable,
        string name, bool trainable) : Layer(name, trainable)
    {
        public override string ClassName => className;

        protected internal override void Build(LayerBuilder b)
        {
            b.Output(sampleDims);
            if (total == 0) b.NoParams("recorded from Keras: no weights");
            else b.Params(Expr.Const(total), Expr.Const(nonTrainable));
        }
    }
}
