using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Layers;

/// <summary>Builds one layer on an input shape and returns its summary row or its model error.</summary>
internal static class LayerKit
{
    /// <summary>The row of <paramref name="layer"/> built on a sample shape (batch excluded, null = None).</summary>
    public static SummaryRow Row(Layer layer, params int?[] sampleShape)
    {
        var summary = new Sequential { new Input(sampleShape), layer }.Summarize();
        Assert.True(summary.IsValid, summary.Error?.ToString());
        return Assert.Single(summary.Rows);
    }

    /// <summary>The model error <paramref name="layer"/> gives on a sample shape.</summary>
    public static ModelError Error(Layer layer, params int?[] sampleShape)
    {
        var summary = new Sequential { new Input(sampleShape), layer }.Summarize();
        Assert.False(summary.IsValid, $"expected a model error, got {summary.OutputShape}");
        Assert.Empty(summary.Rows);
        return summary.Error!;
    }

    /// <summary>The walk-through formula computing <paramref name="target"/> (e.g. <c>out_h</c>).</summary>
    public static Formula Shape(this SummaryRow row, string target) =>
        row.WalkThrough.Shape.Single(f => f.Target == target);

    /// <summary>The output shape as Keras prints it.</summary>
    public static string Out(this SummaryRow row) => row.OutputShape.ToString();
}
