using NotebookSummary.Tests.Layers.Core;

namespace NotebookSummary.Tests.Layers.Preprocessing;

// The layer, not the test namespace NotebookSummary.Tests.Layers.Normalization.
using Normalization = global::NotebookSummary.Normalization;

/// <summary>
/// Normalization (Keras 3 and tf.keras build the same weights): without mean/variance it holds mean and variance of
/// the kept axes' shape plus a scalar count, all non-trainable — 2·C + 1; with them, constants and no weights.
/// </summary>
public class NormalizationTests
{
    [Fact]
    public void Matches_efficientnet_b0s_normalization_row_in_case_0116()
    {
        // Keras 3: 7 params, all non-trainable, for 3 channels (mean 3 + variance 3 + count 1).
        var expected = ConformanceCase.Functional("0116").Row("normalization");
        var row = LayerAssert.Row(new Normalization(), expected.SampleShape);
        expected.AssertLayerValues(row);
        Assert.Equal(LayerKind.Normalization, row.Kind);
    }

    [Fact]
    public void Walk_through_counts_mean_variance_and_count()
    {
        var row = LayerAssert.Row(new Normalization(), 224, 224, 3);
        var w = row.WalkThrough;
        Assert.Equal("params = 2·C + 1 = 2·3 + 1 = 7", w.Parameters!.ToString());
        Assert.Contains(w.Symbols, s => s.Name == "C" && s.Meaning.Contains("axis=-1"));
        Assert.Contains(w.Notes, n => n.StartsWith("mean and variance: C values each", StringComparison.Ordinal) && n.Contains("non-trainable"));
        Assert.Contains(w.Notes, n => n.StartsWith("count: 1 value", StringComparison.Ordinal));
        Assert.Contains("each value becomes (x − mean)/√variance", w.Notes);
    }

    [Theory]
    // Tabular (None, 8), axis=-1: 2·8 + 1 = 17.
    [InlineData(new[] { 8 }, -1, 17)]
    // Channels first (None, 3, 32, 32), axis=1: 2·3 + 1 = 7.
    [InlineData(new[] { 3, 32, 32 }, 1, 7)]
    // A sequence (None, 10, 4), axis=-2 keeps the 10 steps: 2·10 + 1 = 21.
    [InlineData(new[] { 10, 4 }, -2, 21)]
    public void One_kept_axis(int[] sample, int axis, long parameters)
    {
        var row = LayerAssert.Row(new Normalization(axis), sample.Select(d => (int?)d).ToArray());
        LayerAssert.Params(row, parameters, 0, parameters);
        Assert.Equal(new Shape(new long?[] { null }.Concat(sample.Select(d => (long?)d))), row.OutputShape);
    }

    [Fact]
    public void Several_kept_axes_multiply_and_none_keeps_one_statistic()
    {
        // axis=(1, 2) on (None, 4, 5, 3): mean and variance of shape (4, 5): 2·4·5 + 1 = 41.
        var two = LayerAssert.Row(new Normalization(axis: (1, 2)), 4, 5, 3);
        LayerAssert.Params(two, 41, 0, 41);
        Assert.Equal("2·d_1·d_2 + 1", two.WalkThrough.Parameters!.Symbolic);
        // Keras sorts the kept axes: (2, 1) builds the same weights.
        LayerAssert.Params(LayerAssert.Row(new Normalization(axis: (2, 1)), 4, 5, 3), 41, 0, 41);
        // axis=None: scalar mean and variance, plus count: 3.
        var none = LayerAssert.Row(new Normalization(axis: null), 4, 5, 3);
        LayerAssert.Params(none, 3, 0, 3);
        Assert.Contains(none.WalkThrough.Notes, n => n.Contains("axis=None"));
    }

    [Fact]
    public void Frozen_or_not_every_weight_is_non_trainable()
    {
        LayerAssert.Params(LayerAssert.Row(new Normalization(trainable: false), 3), 7, 0, 7);
    }

    [Fact]
    public void Given_mean_and_variance_are_constants_not_weights()
    {
        // Keras builds no weights when mean is given (build's else branch): count_params() is 0.
        var scalar = LayerAssert.Row(new Normalization(mean: 3.0, variance: 2.0), 1);
        LayerAssert.Params(scalar, 0, 0, 0);
        Assert.True(scalar.HasNoWeights);
        Assert.Contains("constants", scalar.WalkThrough.NoParametersReason);
        var perChannel = LayerAssert.Row(new Normalization(mean: new[] { 0.485, 0.456, 0.406 }, variance: new[] { 0.052, 0.050, 0.051 }), 8, 8, 3);
        LayerAssert.Params(perChannel, 0, 0, 0);
        // A single value per kept axis broadcasts (size 1).
        LayerAssert.Params(LayerAssert.Row(new Normalization(mean: new[] { 0.5 }, variance: new[] { 0.25 }), 8, 8, 3), 0, 0, 0);
    }

    [Fact]
    public void Invert_is_explained()
    {
        var row = LayerAssert.Row(new Normalization(invert: true), 4);
        Assert.Contains(row.WalkThrough.Notes, n => n.StartsWith("invert=True", StringComparison.Ordinal));
    }

    [Fact]
    public void Mean_and_variance_errors_follow_keras()
    {
        Assert.Equal("Normalization needs both mean and variance, or neither, but only mean was given",
            LayerAssert.Error(new Normalization(mean: 1.0), 3).Message);
        Assert.Equal("Normalization mean and variance must have the same shape, but mean has shape (3,) and variance (2,)",
            LayerAssert.Error(new Normalization(mean: new[] { 1.0, 2, 3 }, variance: new[] { 1.0, 2 }), 3).Message);
        // Keras: the rank of mean may not exceed the number of kept axes (one here).
        Assert.StartsWith("Normalization mean has 2 dimensions (shape (1, 3)), more than the 1 kept axis of axis=-1",
            LayerAssert.Error(new Normalization(mean: new[] { new[] { 1.0, 2, 3 } }, variance: new[] { new[] { 1.0, 2, 3 } }), 3).Message);
        // Keras's build: a mean of 2 values does not broadcast to 3 channels.
        var misfit = LayerAssert.Error(new Normalization(mean: new[] { 1.0, 2 }, variance: new[] { 1.0, 2 }), 8, 3);
        Assert.Equal("Normalization mean and variance of shape (2,) do not fit input axis 2, of size 3, in (None, 8, 3)", misfit.Message);
        Assert.Contains("give 3 values", misfit.Hint);
        Assert.Contains("must be a number or a list of numbers", LayerAssert.Error(new Normalization(mean: "a", variance: 1.0), 3).Message);
    }

    [Fact]
    public void Axis_errors_follow_keras()
    {
        // Keras: "All `axis` values must be in the range [-ndim, ndim)".
        Assert.Equal("Normalization axis=3 does not exist in its 3D input (None, 8, 3)", LayerAssert.Error(new Normalization(3), 8, 3).Message);
        // Keras: "All `axis` values to be kept must have a known shape".
        var unknown = LayerAssert.Error(new Normalization(), 8, null);
        Assert.Equal("Normalization needs the size of axis -1 for its mean and variance, but it is None in its input (None, 8, None)", unknown.Message);
        Assert.Contains("axis 0 is the batch", LayerAssert.Error(new Normalization(0), 8).Hint);
    }
}
