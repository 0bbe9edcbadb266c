using System.Text.Json;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Functional;

/// <summary>
/// One case of TestData/conformance/functional: a Keras functional model and what Keras 3.15.1 reported for it
/// (expected.json) and printed (keras3_summary.txt, keras3_summary_trainable.txt). Every expected value comes from
/// those files.
/// </summary>
public sealed class FunctionalCase
{
    private readonly ConformanceCase _case;

    private FunctionalCase(ConformanceCase c) => _case = c;

    public string Id => _case.Id;
    public JsonElement Expected => _case.Expected;

    public static string Root => Path.Combine(ConformanceCase.Root, "functional", "cases");

    public static FunctionalCase Load(string id) => new(ConformanceCase.Load(id, Root));

    public string Keras3Summary(bool showTrainable = false) => _case.Keras3Summary(showTrainable)!;

    /// <summary>Asserts the summary's model, rows, connections and totals, then both printouts byte for byte.</summary>
    public void AssertAll(ModelSummary summary)
    {
        AssertMatches(summary);
        Assert.Equal(Keras3Summary(), KerasTableRenderer.Render(summary));
        Assert.Equal(Keras3Summary(showTrainable: true), KerasTableRenderer.Render(summary, new KerasTableOptions { ShowTrainable = true }));
    }

    /// <summary>Asserts every row, the inputs and outputs, the layout and the totals against Keras's answers.</summary>
    public void AssertMatches(ModelSummary summary)
    {
        Assert.True(summary.IsValid, $"case {Id}: {summary.Error}");
        Assert.Equal(Expected.GetProperty("model_name").GetString(), summary.Name);
        Assert.Equal(Expected.GetProperty("model_class").GetString(), summary.ClassName);
        Assert.Equal(Expected.GetProperty("summary_layout").GetString() == "graph" ? SummaryLayout.Graph : SummaryLayout.SequentialLike,
            summary.Layout);

        var layers = Expected.GetProperty("layers").EnumerateArray().ToArray();
        Assert.Equal(layers.Select(l => l.GetProperty("name").GetString()), summary.Rows.Select(r => r.Name));
        for (int i = 0; i < layers.Length; i++)
        {
            var e = layers[i];
            var row = summary.Rows[i];
            string where = $"case {Id}, row {i} ({row.Name})";
            Assert.True(e.GetProperty("class_name").GetString() == row.ClassName, $"{where}: class {row.ClassName}, Keras {e.GetProperty("class_name")}");
            bool operation = e.TryGetProperty("operation", out var op) && op.GetBoolean();
            Assert.True(operation == row.IsOperation, $"{where}: operation {row.IsOperation}, Keras {operation}");
            var shapes = OutputShapes(e.GetProperty("output_shape"));
            Assert.True(shapes.SequenceEqual(row.OutputShapes), $"{where}: shape {string.Join(", ", row.OutputShapes)}, Keras {string.Join(", ", shapes)}");
            Assert.True(e.GetProperty("params").GetInt64() == row.Params, $"{where}: params {row.Params}, Keras {e.GetProperty("params")}");
            Assert.True(e.GetProperty("trainable_params").GetInt64() == row.TrainableParams, $"{where}: trainable {row.TrainableParams}");
            Assert.True(e.GetProperty("non_trainable_params").GetInt64() == row.NonTrainableParams, $"{where}: non-trainable {row.NonTrainableParams}");
            string trainable = row.HasNoWeights ? "-" : row.Trainable ? "Y" : "N";
            Assert.True(e.GetProperty("trainable").GetString() == trainable, $"{where}: trainable column {trainable}, Keras {e.GetProperty("trainable")}");
            var inbound = e.GetProperty("inbound").EnumerateArray().Select(x => x.GetString()!).ToArray();
            Assert.True(inbound.SequenceEqual(row.ConnectedTo), $"{where}: connected to [{string.Join(", ", row.ConnectedTo)}], Keras [{string.Join(", ", inbound)}]");
            AssertNested(e, row, where);
        }

        AssertTensors("inputs", summary.Inputs);
        AssertTensors("outputs", summary.Outputs);
        Assert.Equal(Expected.GetProperty("total_params").GetInt64(), summary.Totals.Params);
        Assert.Equal(Expected.GetProperty("trainable_params").GetInt64(), summary.Totals.TrainableParams);
        Assert.Equal(Expected.GetProperty("non_trainable_params").GetInt64(), summary.Totals.NonTrainableParams);
    }

    /// <summary>A model used as a layer carries its own rows, named as Keras named them in the whole session (expected.json's <c>nested</c>).</summary>
    private static void AssertNested(JsonElement e, SummaryRow row, string where)
    {
        if (!e.TryGetProperty("nested", out var nested))
        {
            Assert.True(row.Nested is null, $"{where}: a nested model where Keras has none");
            return;
        }
        Assert.True(row.Nested is not null, $"{where}: no nested model");
        var inner = row.Nested!;
        Assert.Equal(nested.GetProperty("name").GetString(), inner.Name);
        Assert.Equal(nested.GetProperty("class_name").GetString(), inner.ClassName);
        var layers = nested.GetProperty("layers").EnumerateArray().ToArray();
        Assert.Equal(layers.Select(l => l.GetProperty("name").GetString()), inner.Rows.Select(r => r.Name));
        for (int i = 0; i < layers.Length; i++)
        {
            var l = layers[i];
            var r = inner.Rows[i];
            string at = $"{where}, nested row {i} ({r.Name})";
            Assert.True(l.GetProperty("class_name").GetString() == r.ClassName, $"{at}: class {r.ClassName}");
            Assert.True(OutputShapes(l.GetProperty("output_shape")).SequenceEqual(r.OutputShapes), $"{at}: shape {r.OutputShape}");
            Assert.True(l.GetProperty("params").GetInt64() == r.Params, $"{at}: params {r.Params}");
            Assert.True(l.GetProperty("trainable_params").GetInt64() == r.TrainableParams, $"{at}: trainable {r.TrainableParams}");
            var inbound = l.GetProperty("inbound").EnumerateArray().Select(x => x.GetString()!);
            Assert.True(inbound.SequenceEqual(r.ConnectedTo), $"{at}: connected to [{string.Join(", ", r.ConnectedTo)}]");
            AssertNested(l, r, at);
        }
    }

    private void AssertTensors(string property, IReadOnlyList<ModelTensor> actual)
    {
        var expected = Expected.GetProperty(property).EnumerateArray().Select(t => new ModelTensor(
            t.GetProperty("layer").GetString()!, t.GetProperty("node_index").GetInt32(), t.GetProperty("tensor_index").GetInt32(),
            Shape(t.GetProperty("shape")))).ToArray();
        Assert.Equal(expected, actual);
    }

    private static Shape[] OutputShapes(JsonElement shape) =>
        shape.EnumerateArray().FirstOrDefault().ValueKind == JsonValueKind.Array
            ? shape.EnumerateArray().Select(Shape).ToArray()
            : [Shape(shape)];

    private static Shape Shape(JsonElement dims) =>
        new(dims.EnumerateArray().Select(d => d.ValueKind == JsonValueKind.Null ? (long?)null : d.GetInt64()));
}
