using System.Text.Json;
using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Support;

/// <summary>
/// One row as Keras reported it in a conformance case's expected.json: the layer's name, class, output shape(s),
/// parameter split and, for a functional model, its "Connected to" entries, Trainable column and nested model.
/// </summary>
public sealed class KerasRow
{
    private KerasRow(JsonElement e)
    {
        Json = e;
        Name = e.GetProperty("name").GetString()!;
        ClassName = e.GetProperty("class_name").GetString()!;
        OutputShapes = ShapesOf(e.GetProperty("output_shape"));
        Params = e.GetProperty("params").GetInt64();
        TrainableParams = e.GetProperty("trainable_params").GetInt64();
        NonTrainableParams = e.GetProperty("non_trainable_params").GetInt64();
        IsOperation = e.TryGetProperty("operation", out var op) && op.GetBoolean();
        Inbound = e.TryGetProperty("inbound", out var inbound) ? inbound.EnumerateArray().Select(x => x.GetString()!).ToArray() : null;
        TrainableColumn = e.TryGetProperty("trainable", out var t) ? t.GetString() : null;
        Nested = e.TryGetProperty("nested", out var nested) ? new KerasNestedModel(nested) : null;
        ShapeText = e.TryGetProperty("output_shape_text", out var text) ? text.GetString()! : PythonTuple(e.GetProperty("output_shape"));
    }

    /// <summary>The row's JSON as Keras's recorder wrote it, for the fields this type does not name.</summary>
    public JsonElement Json { get; }
    public string Name { get; }
    public string ClassName { get; }
    /// <summary>The output shapes (one for most layers; several for a layer returning a list or its states).</summary>
    public IReadOnlyList<Shape> OutputShapes { get; }
    public Shape OutputShape => OutputShapes[0];
    /// <summary>
    /// The output shape as Keras prints it: the text Keras's recorder kept (functional cases), else Python's repr of
    /// the shape tuple (<c>(None, 10)</c>, <c>(None,)</c>).
    /// </summary>
    public string ShapeText { get; }
    public long Params { get; }
    public long TrainableParams { get; }
    public long NonTrainableParams { get; }
    public bool IsOperation { get; }
    /// <summary>Keras's "Connected to" entries (<c>dense[0][0]</c>); null in the Sequential cases, which do not record them.</summary>
    public IReadOnlyList<string>? Inbound { get; }
    /// <summary>The Trainable column Keras printed: Y, N or - (no weights); null where not recorded.</summary>
    public string? TrainableColumn { get; }
    public KerasNestedModel? Nested { get; }

    /// <summary>The sample part of the output shape (batch dropped), to build a layer on what Keras fed the next one.</summary>
    public int?[] SampleShape => OutputShape.Dims.Skip(1).Select(d => d is null ? (int?)null : checked((int)d)).ToArray();

    internal static KerasRow[] ListOf(JsonElement layers) => layers.EnumerateArray().Select(l => new KerasRow(l.Clone())).ToArray();

    /// <summary>
    /// Asserts what the layer itself decides: name, class, output shapes and parameter split. For a layer built
    /// alone (<c>LayerAssert.Row</c>) on the input Keras fed it; <see cref="AssertMatches"/> checks a row in its model.
    /// </summary>
    public void AssertLayerValues(SummaryRow row, string where = "")
    {
        where = $"{where} row {row.Index} ({row.Name})".Trim();
        Assert.True(Name == row.Name, $"{where}: name {row.Name}, Keras {Name}");
        Assert.True(ClassName == row.ClassName, $"{where}: class {row.ClassName}, Keras {ClassName}");
        Assert.True(OutputShapes.SequenceEqual(row.OutputShapes),
            $"{where}: shape {string.Join(", ", row.OutputShapes)}, Keras {string.Join(", ", OutputShapes)}");
        Assert.True(Params == row.Params, $"{where}: params {row.Params}, Keras {Params}");
        Assert.True(TrainableParams == row.TrainableParams, $"{where}: trainable {row.TrainableParams}, Keras {TrainableParams}");
        Assert.True(NonTrainableParams == row.NonTrainableParams, $"{where}: non-trainable {row.NonTrainableParams}, Keras {NonTrainableParams}");
    }

    /// <summary>
    /// Asserts that <paramref name="row"/> is this row of its model: <see cref="AssertLayerValues"/>, and every
    /// functional field Keras recorded (operation, Connected to, Trainable column, the nested model's rows).
    /// </summary>
    public void AssertMatches(SummaryRow row, string where = "")
    {
        AssertLayerValues(row, where);
        where = $"{where} row {row.Index} ({row.Name})".Trim();
        Assert.True(IsOperation == row.IsOperation, $"{where}: operation {row.IsOperation}, Keras {IsOperation}");
        if (Inbound is not null)
            Assert.True(Inbound.SequenceEqual(row.ConnectedTo),
                $"{where}: connected to [{string.Join(", ", row.ConnectedTo)}], Keras [{string.Join(", ", Inbound)}]");
        if (TrainableColumn is not null)
        {
            string trainable = row.HasNoWeights ? "-" : row.Trainable ? "Y" : "N";
            Assert.True(TrainableColumn == trainable, $"{where}: trainable column {trainable}, Keras {TrainableColumn}");
        }
        if (Nested is null) Assert.True(row.Nested is null, $"{where}: a nested model where Keras has none");
        else
        {
            Assert.True(row.Nested is not null, $"{where}: no nested model");
            Nested.AssertMatches(row.Nested!, where + ", nested");
        }
    }

    /// <summary>
    /// Asserts that a row of the JSON output (<c>layers[i]</c>) states this row: the same name, class, output shape
    /// and parameter split as Keras's JSON values, the operation flag, and where recorded its Connected to and nested model.
    /// </summary>
    public void AssertJsonRow(JsonElement actual, string where)
    {
        where = $"{where}, row {Name}";
        foreach (var field in new[] { "name", "class_name", "output_shape", "params", "trainable_params", "non_trainable_params" })
            AssertSameJson(Json.GetProperty(field), actual.GetProperty(field), $"{where}.{field}");
        Assert.True(IsOperation == actual.GetProperty("operation").GetBoolean(), $"{where}: operation, Keras {IsOperation}");
        if (Json.TryGetProperty("inbound", out var inbound))
            AssertSameJson(inbound, actual.GetProperty("connected_to"), $"{where}.connected_to");
        var nested = actual.GetProperty("nested");
        if (Nested is null) Assert.True(nested.ValueKind == JsonValueKind.Null, $"{where}: a nested model where Keras has none");
        else
        {
            Assert.True(nested.ValueKind == JsonValueKind.Object, $"{where}: no nested model, Keras has {Nested.Name}");
            Nested.AssertJson(nested, where + ", nested");
        }
    }

    /// <summary>Asserts the JSON output's <c>layers</c> array states <paramref name="expected"/>, in order.</summary>
    public static void AssertJsonRows(IReadOnlyList<KerasRow> expected, JsonElement layers, string where)
    {
        var actual = layers.EnumerateArray().ToArray();
        Assert.True(expected.Count == actual.Length, $"{where}: {actual.Length} rows, Keras {expected.Count}");
        for (int i = 0; i < expected.Count; i++) expected[i].AssertJsonRow(actual[i], where);
    }

    /// <summary>Equal JSON values: the same kind, numbers and strings equal, arrays element by element.</summary>
    internal static void AssertSameJson(JsonElement expected, JsonElement actual, string where) =>
        Assert.True(JsonElement.DeepEquals(expected, actual), $"{where}: {actual.GetRawText()}, Keras {expected.GetRawText()}");

    /// <summary>Asserts <paramref name="rows"/> are <paramref name="expected"/>, in order.</summary>
    public static void AssertRows(IReadOnlyList<KerasRow> expected, IReadOnlyList<SummaryRow> rows, string where)
    {
        Assert.Equal(expected.Select(l => l.Name), rows.Select(r => r.Name));
        for (int i = 0; i < expected.Count; i++) expected[i].AssertMatches(rows[i], where);
    }

    private static string PythonTuple(JsonElement dims)
    {
        var parts = dims.EnumerateArray().Select(d => d.ValueKind == JsonValueKind.Null ? "None" : d.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return "(" + string.Join(", ", parts) + (parts.Length == 1 ? ",)" : ")");
    }

    internal static IReadOnlyList<Shape> ShapesOf(JsonElement shape) =>
        shape.EnumerateArray().FirstOrDefault().ValueKind == JsonValueKind.Array
            ? shape.EnumerateArray().Select(ShapeOf).ToArray()
            : [ShapeOf(shape)];

    internal static Shape ShapeOf(JsonElement dims) =>
        new(dims.EnumerateArray().Select(d => d.ValueKind == JsonValueKind.Null ? (long?)null : d.GetInt64()));
}

/// <summary>A model used as a layer, as Keras reported it under a row's <c>nested</c>: its name, class and own rows.</summary>
public sealed class KerasNestedModel
{
    internal KerasNestedModel(JsonElement e)
    {
        Name = e.GetProperty("name").GetString()!;
        ClassName = e.GetProperty("class_name").GetString()!;
        Layout = e.GetProperty("summary_layout").GetString()!;
        Rows = KerasRow.ListOf(e.GetProperty("layers"));
    }

    /// <summary>"graph" (the Connected to column) or "sequential".</summary>
    public string Layout { get; }

    public string Name { get; }
    public string ClassName { get; }
    public IReadOnlyList<KerasRow> Rows { get; }

    public void AssertMatches(ModelSummary inner, string where)
    {
        Assert.Equal(Name, inner.Name);
        Assert.Equal(ClassName, inner.ClassName);
        KerasRow.AssertRows(Rows, inner.Rows, where);
    }

    public void AssertJson(JsonElement nested, string where)
    {
        Assert.Equal(Name, nested.GetProperty("name").GetString());
        Assert.Equal(ClassName, nested.GetProperty("class_name").GetString());
        Assert.Equal(Layout, nested.GetProperty("layout").GetString());
        KerasRow.AssertJsonRows(Rows, nested.GetProperty("layers"), where);
    }
}
