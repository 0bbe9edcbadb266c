using System.Text.Json;

namespace NotebookSummary.Tests.Layers.Preprocessing;

/// <summary>
/// Rows that real Keras 3 reported in the functional conformance cases (TestData/conformance/functional/cases),
/// found by layer name, nested models included: the expected values of layers those cases use.
/// </summary>
internal static class KerasRows
{
    public static JsonElement Find(string caseId, string layerName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "conformance", "functional", "cases", caseId, "expected.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return Search(doc.RootElement.GetProperty("layers"), layerName)?.Clone()
               ?? throw new InvalidOperationException($"case {caseId} has no layer '{layerName}'");
    }

    private static JsonElement? Search(JsonElement layers, string name)
    {
        foreach (var layer in layers.EnumerateArray())
        {
            if (layer.GetProperty("name").GetString() == name) return layer;
            if (layer.TryGetProperty("nested", out var nested) && Search(nested.GetProperty("layers"), name) is { } found)
                return found;
        }
        return null;
    }

    /// <summary>The sample part of the row's output shape (batch dropped), to build a layer on what Keras fed it.</summary>
    public static int?[] SampleShape(JsonElement row) => row.GetProperty("output_shape").EnumerateArray().Skip(1)
        .Select(d => d.ValueKind == JsonValueKind.Null ? (int?)null : d.GetInt32()).ToArray();
}
