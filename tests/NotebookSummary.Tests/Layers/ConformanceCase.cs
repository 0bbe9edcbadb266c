using System.Text.Json;
using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Layers;

/// <summary>
/// A conformance case's <c>expected.json</c> (what Keras reports), read from the test output directory, and the
/// check that a model built with the C# API reports the same numbers layer by layer.
/// </summary>
internal sealed class ConformanceCase
{
    private ConformanceCase(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public static ConformanceCase Load(string id)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "conformance", id, "expected.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return new ConformanceCase(doc.RootElement.Clone());
    }

    public long TotalParams => Root.GetProperty("total_params").GetInt64();

    /// <summary>
    /// Asserts that every row of <paramref name="summary"/> equals the case's layer of the same name (class, output
    /// shape, parameter counts), and that exactly the <paramref name="omitted"/> layers of the case were left out.
    /// Layers are omitted only when their class is not part of this branch and they do not change shapes (e.g.
    /// BatchNormalization, LeakyReLU); default names of the other layers do not depend on them.
    /// </summary>
    public void AssertRowsMatch(ModelSummary summary, params string[] omitted)
    {
        Assert.True(summary.IsValid, summary.Error?.ToString());
        var expected = Root.GetProperty("layers").EnumerateArray().ToList();
        var expectedNames = expected.Select(l => l.GetProperty("name").GetString()!).ToList();
        Assert.Equal(expectedNames.Where(n => !omitted.Contains(n)), summary.Rows.Select(r => r.Name));
        foreach (var row in summary.Rows)
        {
            var e = expected.Single(l => l.GetProperty("name").GetString() == row.Name);
            Assert.Equal(e.GetProperty("class_name").GetString(), row.ClassName);
            var shape = e.GetProperty("output_shape").EnumerateArray()
                .Select(d => d.ValueKind == JsonValueKind.Null ? (long?)null : d.GetInt64());
            Assert.Equal(new Shape(shape), row.OutputShape);
            Assert.Equal(e.GetProperty("params").GetInt64(), row.Params);
            Assert.Equal(e.GetProperty("trainable_params").GetInt64(), row.TrainableParams);
            Assert.Equal(e.GetProperty("non_trainable_params").GetInt64(), row.NonTrainableParams);
        }
        if (omitted.Length == 0) Assert.Equal(TotalParams, summary.Totals.Params);
    }
}
