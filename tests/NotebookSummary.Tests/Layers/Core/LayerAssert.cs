using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Layers.Core;

/// <summary>
/// Test helpers for single-layer checks. A row is compared with what Keras reported for it through
/// <see cref="KerasRow.AssertMatches"/> (<c>ConformanceCase.Load(id).Rows[i]</c>, <c>ConformanceCase.Functional(id).Row(name)</c>).
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
}
