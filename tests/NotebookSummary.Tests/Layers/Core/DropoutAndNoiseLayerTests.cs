namespace NotebookSummary.Tests.Layers.Core;

/// <summary>
/// SpatialDropout1D/2D/3D, GaussianNoise, GaussianDropout, AlphaDropout, ActivityRegularization and Masking:
/// Keras returns the input shape unchanged and creates no weights for all of them.
/// </summary>
public class DropoutAndNoiseLayerTests
{
    public static TheoryData<Layer, int?[], string, LayerKind> Weightless => new()
    {
        { new SpatialDropout1D(0.2), [10, 8], "spatial_dropout1d", LayerKind.Dropout },
        { new SpatialDropout2D(0.5), [32, 32, 3], "spatial_dropout2d", LayerKind.Dropout },
        { new SpatialDropout2D(0.5, dataFormat: "channels_first"), [3, 32, 32], "spatial_dropout2d", LayerKind.Dropout },
        { new SpatialDropout3D(0.1), [4, 8, 8, 2], "spatial_dropout3d", LayerKind.Dropout },
        { new GaussianNoise(0.1), [20], "gaussian_noise", LayerKind.Dropout },
        { new GaussianNoise(1.0), [20], "gaussian_noise", LayerKind.Dropout },
        { new GaussianDropout(0.3), [5, 5], "gaussian_dropout", LayerKind.Dropout },
        { new AlphaDropout(0.1), [null, 7], "alpha_dropout", LayerKind.Dropout },
        { new ActivityRegularization(l1: 0.01), [16], "activity_regularization", LayerKind.Other },
        { new ActivityRegularization(), [16], "activity_regularization", LayerKind.Other },
        { new Masking(), [null, 12], "masking", LayerKind.Other },
    };

    [Theory]
    [MemberData(nameof(Weightless))]
    public void Keeps_the_shape_and_has_no_weights(Layer layer, int?[] sample, string name, LayerKind kind)
    {
        var row = LayerAssert.Row(layer, sample);
        Assert.Equal(Shape.WithBatch(null, sample.Select(d => (long?)d)), row.OutputShape);
        LayerAssert.Params(row, 0, 0, 0);
        Assert.Equal(name, row.Name);
        Assert.Equal(kind, row.Kind);
        Assert.Null(row.WalkThrough.Parameters);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
    }

    [Fact]
    public void Spatial_dropout_explains_that_whole_channels_are_dropped()
    {
        var row = LayerAssert.Row(new SpatialDropout2D(0.25), 16, 16, 8);
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("channel is kept or dropped as a whole"));
    }

    [Fact]
    public void Masking_names_its_mask_value()
    {
        var row = LayerAssert.Row(new Masking(maskValue: -1.5), null, 4);
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("mask_value=-1.5"));
    }

    [Theory]
    [InlineData(1, new int[] { 10 }, "SpatialDropout1D expects a 3D input (batch, steps, channels), but its input is (None, 10) (2D)")]
    [InlineData(2, new int[] { 10, 8 }, "SpatialDropout2D expects a 4D input (batch, rows, cols, channels), but its input is (None, 10, 8) (3D)")]
    [InlineData(3, new int[] { 4, 4, 4 }, "SpatialDropout3D expects a 5D input (batch, depth, rows, cols, channels), but its input is (None, 4, 4, 4) (4D)")]
    public void Spatial_dropout_checks_the_input_rank(int rank, int[] sample, string message)
    {
        Layer layer = rank switch { 1 => new SpatialDropout1D(0.5), 2 => new SpatialDropout2D(0.5), _ => new SpatialDropout3D(0.5) };
        var error = LayerAssert.Error(layer, sample.Select(d => (int?)d).ToArray());
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Spatial_dropout_rejects_an_unknown_data_format()
    {
        var error = LayerAssert.Error(new SpatialDropout2D(0.5, dataFormat: "channels_middle"), 8, 8, 3);
        Assert.Equal("SpatialDropout2D argument 'data_format' must be one of 'channels_last', 'channels_first', but it is 'channels_middle'", error.Message);
    }

    public static TheoryData<Layer, string> BadRates => new()
    {
        { new SpatialDropout1D(1.01), "SpatialDropout1D argument 'rate' must be between 0 and 1, but it is 1.01" },
        { new SpatialDropout2D(-0.1), "SpatialDropout2D argument 'rate' must be between 0 and 1, but it is -0.1" },
        { new SpatialDropout3D(1.5), "SpatialDropout3D argument 'rate' must be between 0 and 1, but it is 1.5" },
        { new GaussianDropout(2.0), "GaussianDropout argument 'rate' must be between 0 and 1, but it is 2" },
        { new AlphaDropout(-0.5), "AlphaDropout argument 'rate' must be between 0 and 1, but it is -0.5" },
        { new GaussianNoise(1.5), "GaussianNoise argument 'stddev' must be between 0 and 1, but it is 1.5" },
        { new GaussianNoise(-0.1), "GaussianNoise argument 'stddev' must be between 0 and 1, but it is -0.1" },
        { new ActivityRegularization(l1: -0.01), "ActivityRegularization argument 'l1' must be a non-negative number, but it is -0.01" },
        { new ActivityRegularization(l2: double.PositiveInfinity), "ActivityRegularization argument 'l2' must be a non-negative number, but it is Infinity" },
    };

    [Theory]
    [MemberData(nameof(BadRates))]
    public void Rejects_arguments_keras_rejects(Layer layer, string message)
    {
        // Inputs of the rank each layer accepts, so only the argument can be wrong.
        int?[] sample = layer switch { SpatialDropout2D => [8, 8, 3], SpatialDropout3D => [4, 8, 8, 3], _ => [10, 8] };
        var error = LayerAssert.Error(layer, sample);
        Assert.Equal(message, error.Message);
        Assert.Equal(0, error.LayerIndex);
    }

    [Fact]
    public void Masking_matches_keras_in_conformance_case_0058()
    {
        // 0058: Masking(mask_value=0, input_shape=(None, 12)) before an LSTM; only the Masking row is checked here.
        var s = new Sequential { new Masking(maskValue: 0, inputShape: new int?[] { null, 12 }) }.Summarize();
        Assert.True(s.IsValid);
        Assert.Equal(new Shape(null, null, 12), s.InputShape);
        ConformanceCase.Load("0058").Rows[0].AssertLayerValues(s.Rows[0]);
    }
}
