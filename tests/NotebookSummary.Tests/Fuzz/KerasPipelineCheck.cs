using NotebookSummary.Analysis;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// Reads a source, summarizes every model it builds and hands each summary to an output check. The reader never
/// throws and its safety net (an "internal error" diagnostic) never fires; every diagnostic points into the text
/// and renders; a one-off read (<see cref="KerasSource.Parse(string?)"/>) and a session's read of the same cell agree.
/// </summary>
internal static class KerasPipelineCheck
{
    /// <summary>
    /// Models with more layers are read but not summarized: a mutation that loops <c>model.add</c> builds up to
    /// 50,000 layers, which costs time and adds no coverage.
    /// </summary>
    public const int MaxLayersSummarized = 2_000;

    public static void Run(string text, Action<ModelSummary> checkOutputs)
    {
        var result = KerasSource.Parse(text);
        AssertSound(result, result.Diagnostics);
        AssertSessionAgrees(result);
        foreach (var model in result.Models)
        {
            // A functional model (Model is null) is summarized whatever its size: the corpus has none near the cap.
            if (model.Model is { } sequential && sequential.Layers.Count > MaxLayersSummarized) continue;
            var read = result.Summarize(model);
            AssertSound(result, read.Diagnostics);
            if (read.Summary is { } summary) checkOutputs(summary);
        }
    }

    private static void AssertSound(KerasReadResult result, IReadOnlyList<Diagnostic> diagnostics)
    {
        int lines = result.Text.Split('\n').Length;
        foreach (var d in diagnostics)
        {
            if (d.Message.StartsWith("internal error", StringComparison.Ordinal))
                throw new InvalidOperationException($"the reader's safety net fired: {d}");
            if (d.Line < 1 || d.Line > lines + 1 || d.Column < 1 || d.Length < 1)
                throw new InvalidOperationException($"diagnostic outside the text ({lines} lines): {d}, length {d.Length}");
            if (result.Render(d).Length == 0) throw new InvalidOperationException($"diagnostic renders empty: {d}");
        }
    }

    private static void AssertSessionAgrees(KerasReadResult oneOff)
    {
        var session = new KerasSession().Read(oneOff.Text);
        var expected = string.Join("\n", oneOff.Diagnostics);
        var actual = string.Join("\n", session.Diagnostics);
        if (expected != actual || oneOff.Models.Count != session.Models.Count)
            throw new InvalidOperationException(
                $"a session's read differs from a one-off read:\n{HostileText.Abbreviate(actual)}\n({session.Models.Count} models) "
                + $"against\n{HostileText.Abbreviate(expected)}\n({oneOff.Models.Count} models)");
    }
}
