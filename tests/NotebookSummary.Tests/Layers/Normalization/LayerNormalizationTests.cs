using NotebookSummary.Tests.Layers.Core;

namespace NotebookSummary.Tests.Layers.Normalization;

/// <summary>LayerNormalization: gamma and beta shaped like the normalized axes (2·C, C = product of their sizes), all trainable.</summary>
public class LayerNormalizationTests
{
    [Fact]
    public void Normalizes_the_last_axis_by_default()
    {
        // (None, 10, 64): gamma (64) + beta (64) = 2·64 = 128, all trainable (no moving statistics).
        var row = LayerAssert.Row(new LayerNormalization(), 10, 64);
        Assert.Equal(new Shape(null, 10, 64), row.OutputShape);
        LayerAssert.Params(row, 128, 128, 0);
        Assert.Equal("layer_normalization", row.Name);
        Assert.Equal(LayerKind.Normalization, row.Kind);
        Assert.Equal("params = 2·C = 2·64 = 128", row.WalkThrough.Parameters!.ToString());
    }

    [Fact]
    public void A_list_of_axes_multiplies_their_sizes()
    {
        // axis=[1, 2] on (None, 10, 64): gamma and beta are (10, 64) each → 2·10·64 = 1,280.
        var row = LayerAssert.Row(new LayerNormalization(axis: new[] { 1, 2 }), 10, 64);
        LayerAssert.Params(row, 1280, 1280, 0);
        var p = row.WalkThrough.Parameters!;
        Assert.Equal("2·d_1·d_2", p.Symbolic);
        Assert.Equal("2·10·64", p.Substituted);
        Assert.Contains(row.WalkThrough.Symbols, s => s.Name == "d_2" && s.Meaning == "size of normalized axis 2");
    }

    [Theory]
    // C = 64: gamma if scale (or rms_scaling), beta if center and not rms_scaling.
    [InlineData(false, true, false, 64)]
    [InlineData(true, false, false, 64)]
    [InlineData(true, true, true, 64)]
    [InlineData(false, false, true, 64)]
    public void Flags_choose_gamma_and_beta(bool center, bool scale, bool rmsScaling, long total)
    {
        var row = LayerAssert.Row(new LayerNormalization(center: center, scale: scale, rmsScaling: rmsScaling), 10, 64);
        LayerAssert.Params(row, total, total, 0);
        Assert.Equal("C", row.WalkThrough.Parameters!.Symbolic);
    }

    [Fact]
    public void Without_center_and_scale_it_has_no_weights()
    {
        var row = LayerAssert.Row(new LayerNormalization(center: false, scale: false), 10, 64);
        LayerAssert.Params(row, 0, 0, 0);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
    }

    [Fact]
    public void Unknown_dims_outside_the_normalized_axes_are_fine()
    {
        LayerAssert.Params(LayerAssert.Row(new LayerNormalization(), null, 32), 64, 64, 0);
        Assert.Equal("LayerNormalization needs the size of axis 1 for its gamma and beta, but it is None in its input (None, None, 32)",
            LayerAssert.Error(new LayerNormalization(axis: new[] { 1, 2 }), null, 32).Message);
    }

    [Fact]
    public void Rejects_bad_axes()
    {
        Assert.Equal("LayerNormalization axis=3 does not exist in its 3D input (None, 10, 64)",
            LayerAssert.Error(new LayerNormalization(axis: 3), 10, 64).Message);
        Assert.Equal("LayerNormalization axis=(-1, 2) names input axis 2 twice",
            LayerAssert.Error(new LayerNormalization(axis: (-1, 2)), 10, 64).Message);
        Assert.Contains("axis 0 is the batch", LayerAssert.Error(new LayerNormalization(axis: 0), 10, 64).Hint);
    }
}
