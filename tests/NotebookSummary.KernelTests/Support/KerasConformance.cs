using System.Text.Json;

namespace NotebookSummary.KernelTests.Support;

/// <summary>
/// A summary the notebook rendered as JSON (<c>--format json</c>, <c>View(SummaryFormat.Json)</c>) against what Keras
/// reported for a conformance case: the JSON's layer objects use the fields of expected.json, so every row and total
/// compares directly. This is the check for cases Keras 3 cannot print (Keras 2 code); where it can, a test compares
/// the printed table with Keras 3's byte for byte as well.
/// </summary>
public static class KerasConformance
{
    private static readonly string[] RowFields = ["name", "class_name", "params", "trainable_params", "non_trainable_params"];
    private static readonly string[] TotalFields = ["total_params", "trainable_params", "non_trainable_params"];

    public static void AssertMatches(string caseId, string summaryJson)
    {
        var keras = KerasGolden.Expected(caseId);
        using var document = JsonDocument.Parse(summaryJson);
        var ours = document.RootElement;
        Assert.True(ours.GetProperty("valid").GetBoolean(), $"case {caseId}: {ours.GetProperty("error")}");
        var kerasLayers = keras.GetProperty("layers").EnumerateArray().ToList();
        var ourLayers = ours.GetProperty("layers").EnumerateArray().ToList();
        Assert.Equal(kerasLayers.Count, ourLayers.Count);
        for (int i = 0; i < kerasLayers.Count; i++)
        {
            foreach (var field in RowFields)
                Assert.True(kerasLayers[i].GetProperty(field).ToString() == ourLayers[i].GetProperty(field).ToString(),
                    $"case {caseId}, layer {i}, {field}: {ourLayers[i].GetProperty(field)}, Keras {kerasLayers[i].GetProperty(field)}");
            Assert.True(Shape(kerasLayers[i]) == Shape(ourLayers[i]),
                $"case {caseId}, layer {i}, output_shape: {Shape(ourLayers[i])}, Keras {Shape(kerasLayers[i])}");
        }
        foreach (var field in TotalFields)
            Assert.True(keras.GetProperty(field).GetInt64() == ours.GetProperty(field).GetInt64(),
                $"case {caseId}, {field}: {ours.GetProperty(field)}, Keras {keras.GetProperty(field)}");
    }

    // Unknown dimensions are null in both: (None, None, 13) is [null, null, 13].
    private static string Shape(JsonElement layer) =>
        "(" + string.Join(", ", layer.GetProperty("output_shape").EnumerateArray().Select(d => d.ValueKind == JsonValueKind.Null ? "None" : d.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";
}
