using System.Text.Json;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Support;

/// <summary>
/// One case of TestData/conformance — a Sequential case (<c>conformance/NNNN</c>) or a functional one
/// (<c>conformance/functional/cases/NNNN</c>): its Keras source (model.py), what Keras reported for it
/// (expected.json) and, where Keras 3 runs the code, what Keras 3 printed (keras3_summary*.txt). Every test reads
/// conformance data through this type, and compares summaries with it through <see cref="AssertMatches"/>.
/// </summary>
public sealed class ConformanceCase
{
    private ConformanceCase(string id, string directory, bool functional, JsonElement expected)
    {
        Id = id;
        Directory = directory;
        IsFunctional = functional;
        Expected = expected;
        Rows = KerasRow.ListOf(expected.GetProperty("layers"));
    }

    public string Id { get; }
    public string Directory { get; }
    public bool IsFunctional { get; }
    /// <summary>expected.json, for the fields the typed members do not name.</summary>
    public JsonElement Expected { get; }
    /// <summary>The rows Keras reported, in its order.</summary>
    public IReadOnlyList<KerasRow> Rows { get; }

    public static string Root => Path.Combine(AppContext.BaseDirectory, "TestData", "conformance");
    public static string FunctionalRoot => Path.Combine(Root, "functional", "cases");

    /// <summary>The Sequential cases' ids, in order.</summary>
    public static IEnumerable<string> AllIds() => IdsUnder(Root);

    /// <summary>The functional cases' ids, in order.</summary>
    public static IEnumerable<string> FunctionalIds() => IdsUnder(FunctionalRoot);

    private static IEnumerable<string> IdsUnder(string root) =>
        System.IO.Directory.GetDirectories(root).Select(d => Path.GetFileName(d)!)
            .Where(n => n.All(char.IsAsciiDigit)).Order(StringComparer.Ordinal);

    /// <summary>Sequential case <paramref name="id"/>.</summary>
    public static ConformanceCase Load(string id) => LoadFrom(Root, id, functional: false);

    /// <summary>Functional case <paramref name="id"/>.</summary>
    public static ConformanceCase Functional(string id) => LoadFrom(FunctionalRoot, id, functional: true);

    private static ConformanceCase LoadFrom(string root, string id, bool functional)
    {
        var dir = Path.Combine(root, id);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        return new ConformanceCase(id, dir, functional, doc.RootElement.Clone());
    }

    public string ModelPath => Path.Combine(Directory, "model.py");
    public string Source => File.ReadAllText(ModelPath);

    public IReadOnlyList<string> Tags => Expected.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToArray();
    public long TotalParams => Expected.GetProperty("total_params").GetInt64();
    public long TrainableParams => Expected.GetProperty("trainable_params").GetInt64();
    public long NonTrainableParams => Expected.GetProperty("non_trainable_params").GetInt64();
    public bool IsGraph => IsFunctional && Expected.GetProperty("summary_layout").GetString() == "graph";

    /// <summary>Keras 3's printed summary (line_length 76), or null when Keras 3 cannot run the case.</summary>
    public string? Keras3Summary(bool showTrainable = false)
    {
        var path = Path.Combine(Directory, showTrainable ? "keras3_summary_trainable.txt" : "keras3_summary.txt");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>The row Keras reported for layer <paramref name="name"/>, nested models included.</summary>
    public KerasRow Row(string name) => Find(Rows, name) ?? throw new InvalidOperationException($"case {Id} has no layer '{name}'");

    private static KerasRow? Find(IReadOnlyList<KerasRow> rows, string name)
    {
        foreach (var row in rows)
        {
            if (row.Name == name) return row;
            if (row.Nested is not null && Find(row.Nested.Rows, name) is { } found) return found;
        }
        return null;
    }

    /// <summary>
    /// Asserts <paramref name="summary"/> against what Keras reported: every row (<see cref="KerasRow.AssertMatches"/>)
    /// and the totals; for a Sequential case the input shape, for a functional one the model's name, class, layout,
    /// inputs and outputs.
    /// </summary>
    public void AssertMatches(ModelSummary summary)
    {
        Assert.True(summary.IsValid, $"case {Id}: {summary.Error}");
        if (IsFunctional)
        {
            Assert.Equal(Expected.GetProperty("model_name").GetString(), summary.Name);
            Assert.Equal(Expected.GetProperty("model_class").GetString(), summary.ClassName);
            Assert.Equal(IsGraph ? SummaryLayout.Graph : SummaryLayout.SequentialLike, summary.Layout);
        }
        else Assert.Equal(KerasRow.ShapeOf(Expected.GetProperty("input_shape")), summary.InputShape);

        KerasRow.AssertRows(Rows, summary.Rows, $"case {Id}");

        if (IsFunctional)
        {
            Assert.Equal(Tensors("inputs"), summary.Inputs);
            Assert.Equal(Tensors("outputs"), summary.Outputs);
        }
        Assert.Equal(TotalParams, summary.Totals.Params);
        Assert.Equal(TrainableParams, summary.Totals.TrainableParams);
        Assert.Equal(NonTrainableParams, summary.Totals.NonTrainableParams);
    }

    /// <summary><see cref="AssertMatches"/>, then both Keras 3 printouts byte for byte.</summary>
    public void AssertMatchesAndPrintouts(ModelSummary summary)
    {
        AssertMatches(summary);
        Assert.Equal(Keras3Summary(), KerasTableRenderer.Render(summary));
        Assert.Equal(Keras3Summary(showTrainable: true), KerasTableRenderer.Render(summary, new KerasTableOptions { ShowTrainable = true }));
    }

    /// <summary>
    /// Asserts the JSON output states what Keras reported: every row (<see cref="KerasRow.AssertJsonRow"/>), the
    /// totals and, for a functional case, the model's name, class, layout, output structure, inputs and outputs.
    /// </summary>
    public void AssertJson(JsonElement root)
    {
        if (IsFunctional)
        {
            foreach (var (keras, ours) in new[] { ("model_name", "name"), ("model_class", "class_name"), ("summary_layout", "layout"), ("output_structure", "output_structure") })
                KerasRow.AssertSameJson(Expected.GetProperty(keras), root.GetProperty(ours), $"case {Id}: {ours}");
            foreach (var end in new[] { "inputs", "outputs" })
            {
                var e = Expected.GetProperty(end).EnumerateArray().ToArray();
                var a = root.GetProperty(end).EnumerateArray().ToArray();
                Assert.Equal(e.Length, a.Length);
                for (int i = 0; i < e.Length; i++)
                    foreach (var field in new[] { "layer", "node_index", "tensor_index", "shape" })
                        KerasRow.AssertSameJson(e[i].GetProperty(field), a[i].GetProperty(field), $"case {Id}, {end}[{i}].{field}");
            }
        }
        foreach (var total in new[] { "total_params", "trainable_params", "non_trainable_params" })
            KerasRow.AssertSameJson(Expected.GetProperty(total), root.GetProperty(total), $"case {Id}: {total}");
        KerasRow.AssertJsonRows(Rows, root.GetProperty("layers"), $"case {Id}");
    }

    private ModelTensor[] Tensors(string property) =>
        Expected.GetProperty(property).EnumerateArray().Select(t => new ModelTensor(
            t.GetProperty("layer").GetString()!, t.GetProperty("node_index").GetInt32(), t.GetProperty("tensor_index").GetInt32(),
            KerasRow.ShapeOf(t.GetProperty("shape")))).ToArray();
}
