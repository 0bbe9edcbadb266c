using System.Text.Json;
using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>JSON parses (System.Text.Json), and every name in it reads back as the summary has it.</summary>
internal static class JsonOutputCheck
{
    public static void Assert(string json, ModelSummary summary)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        // UTF-8 cannot carry an unpaired surrogate: the writer puts U+FFFD in its place.
        Expect(HostileText.WithoutLoneSurrogates(summary.Name), root.GetProperty("name").GetString(), "model name");
        var layers = root.GetProperty("layers").EnumerateArray().ToArray();
        Expect(summary.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), layers.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), "number of layers");
        for (int i = 0; i < layers.Length; i++)
            Expect(HostileText.WithoutLoneSurrogates(summary.Rows[i].Name), layers[i].GetProperty("name").GetString(), $"name of layer {i}");
    }

    private static void Expect(string expected, string? actual, string what)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
            throw new InvalidOperationException(
                $"JSON {what} reads back as {HostileText.Code(actual ?? "null")}, not {HostileText.Code(expected)}");
    }
}
