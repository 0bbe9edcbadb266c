using System.Text.Json;

namespace NotebookSummary.KernelTests.Support;

/// <summary>Keras's own answers from the conformance cases (TestData/conformance, copied from Keras 3 runs).</summary>
public static class KerasGolden
{
    private static string CaseFolder(string id) => Path.Combine(AppContext.BaseDirectory, "TestData", "conformance", id);

    /// <summary>The case's Keras source.</summary>
    public static string Source(string id) => File.ReadAllText(Path.Combine(CaseFolder(id), "model.py"));

    /// <summary>What Keras reported for the case (expected.json): each layer's name, class, output shape and counts.</summary>
    public static JsonElement Expected(string id)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(CaseFolder(id), "expected.json")));
        return document.RootElement.Clone();
    }

    /// <summary>Keras 3's <c>model.summary()</c> print of the case.</summary>
    public static string Keras3Summary(string id, bool showTrainable = false) =>
        File.ReadAllText(Path.Combine(CaseFolder(id), showTrainable ? "keras3_summary_trainable.txt" : "keras3_summary.txt"));

    /// <summary>
    /// Keras 3's print under another model name: Keras numbers the models of one session (<c>sequential_1</c>, ...),
    /// and a notebook's cells share one session.
    /// </summary>
    public static string Keras3Summary(string id, string modelName) =>
        Keras3Summary(id).Replace("Model: \"sequential\"", $"Model: \"{modelName}\"", StringComparison.Ordinal);

    /// <summary>Keras 3's print of a functional-model case (TestData/conformance/functional/cases).</summary>
    public static string FunctionalKeras3Summary(string id) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "conformance", "functional", "cases", id, "keras3_summary.txt"));
}
