using System.Text.Json;
using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Layers.Core;

/// <summary>
/// Test helpers for single-layer checks and for comparing rows with a conformance case's <c>expected.json</c>
/// (what Keras reported), read from the test output directory.
/// </summary>
internal static class LayerAssert
{
    /// <summary>Summarizes <c>Input(sample) → layer</c> and returns the layer's row; the model must be valid.</summary>
    public static SummaryRow Row(Layer layer, params int?[] sample)
    {
        var s = new Sequential { new Input(sample), layer }.Summarize();
        Assert.True(s.IsValid, s.Error?.ToString());
        return s.Rows.Single();
    }

    /// <summary>Summarizes <c>Input(sample) → layer</c>, which must fail, and returns the error.</summary>
    public static ModelError Error(Layer layer, params int?[] sample) =>
        Error(new Sequential { new Input(sample), layer });

    public static ModelError Error(Sequential model)
    {
        var s = model.Summarize();
        Assert.False(s.IsValid);
        return s.Error!;
    }

    /// <summary>Asserts the parameter split: total, trainable and non-trainable.</summary>
    public static void Params(SummaryRow row, long total, long trainable, long nonTrainable)
    {
        Assert.Equal(total, row.Params);
        Assert.Equal(trainable, row.TrainableParams);
        Assert.Equal(nonTrainable, row.NonTrainableParams);
    }

    /// <summary>The <c>layers</c> array of a conformance case's expected.json.</summary>
    public static JsonElement[] ExpectedLayers(string caseId)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "conformance", caseId, "expected.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("layers").EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    /// <summary>Asserts that a row equals what Keras reported for it: name, class, output shape and parameter split.</summary>
    public static void MatchesKeras(SummaryRow row, JsonElement expected)
    {
        Assert.Equal(expected.GetProperty("name").GetString(), row.Name);
        Assert.Equal(expected.GetProperty("class_name").GetString(), row.ClassName);
        var shape = new Shape(expected.GetProperty("output_shape").EnumerateArray()
            .Select(d => d.ValueKind == JsonValueKind.Null ? (long?)null : d.GetInt64()));
        Assert.Equal(shape, row.OutputShape);
        Params(row, expected.GetProperty("params").GetInt64(), expected.GetProperty("trainable_params").GetInt64(),
            expected.GetProperty("non_trainable_params").GetInt64());
    }
}
