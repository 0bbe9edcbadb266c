using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Layers.Merging;

/// <summary>Calls a merge layer on Inputs named a, b, c, ... of the given sample shapes and returns its row or error.</summary>
internal static class MergeKit
{
    private static (Model Model, string Name) Build(Layer merge, int?[][] samples, int?[]? batches = null)
    {
        var inputs = samples.Select((s, i) => new Input(s) { Name = ((char)('a' + i)).ToString(), BatchSize = batches?[i] })
            .Select(i => (KerasTensor)i).ToArray();
        var output = merge.Call(inputs);
        return (new Model(inputs, output), merge.Name ?? "");
    }

    /// <summary>The merge layer's row (the last row: inputs come first).</summary>
    public static SummaryRow Row(Layer merge, params int?[][] samples)
    {
        var summary = Build(merge, samples).Model.Summarize();
        Assert.True(summary.IsValid, summary.Error?.ToString());
        return summary.Rows[^1];
    }

    /// <summary>The merge layer's row, with a batch size per input (null = unknown).</summary>
    public static SummaryRow RowWithBatches(Layer merge, int?[] batches, params int?[][] samples)
    {
        var summary = Build(merge, samples, batches).Model.Summarize();
        Assert.True(summary.IsValid, summary.Error?.ToString());
        return summary.Rows[^1];
    }

    /// <summary>The model error the merge gives; it names the merge layer, and the inputs' rows are kept.</summary>
    public static ModelError Error(Layer merge, params int?[][] samples) => ErrorWithBatches(merge, null, samples);

    public static ModelError ErrorWithBatches(Layer merge, int?[]? batches, params int?[][] samples)
    {
        var summary = Build(merge, samples, batches).Model.Summarize();
        Assert.False(summary.IsValid, $"expected a model error, got {summary.OutputShape}");
        Assert.Equal(merge.ClassName, summary.Error!.ClassName);
        Assert.Equal(samples.Length, summary.Rows.Count); // the InputLayer rows were computed
        return summary.Error!;
    }

    public static int?[] S(params int?[] dims) => dims;
}
