using NotebookSummary.Tests.Layers.Core;

namespace NotebookSummary.Tests.Layers.Normalization;

/// <summary>UnitNormalization: divides by the L2 norm over axis; no weights.</summary>
public class UnitNormalizationTests
{
    [Fact]
    public void Keeps_the_shape_and_has_no_weights()
    {
        var row = LayerAssert.Row(new UnitNormalization(), 10);
        Assert.Equal(new Shape(null, 10), row.OutputShape);
        LayerAssert.Params(row, 0, 0, 0);
        Assert.Equal("unit_normalization", row.Name);
        Assert.Equal(LayerKind.Normalization, row.Kind);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
        LayerAssert.Params(LayerAssert.Row(new UnitNormalization(axis: new[] { 1, 2 }), 4, 5), 0, 0, 0);
    }

    [Fact]
    public void Rejects_an_axis_the_input_does_not_have()
    {
        Assert.Equal("UnitNormalization axis=2 does not exist in its 2D input (None, 10)",
            LayerAssert.Error(new UnitNormalization(axis: 2), 10).Message);
    }
}
