using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Layers.Core;

/// <summary>
/// ThresholdedReLU (tf.keras 2; Keras 3 keeps it only in its tf.keras compatibility namespace): x where x &gt; theta,
/// else 0; compute_output_shape returns the input shape; no weights; a negative theta is refused.
/// </summary>
public class ThresholdedReLUTests
{
    [Fact]
    public void Keeps_the_shape_has_no_weights_and_points_to_keras_3s_relu()
    {
        var row = LayerAssert.Row(new ThresholdedReLU(0.5), 14, 14, 8);
        Assert.Equal("(None, 14, 14, 8)", row.OutputShape.ToString());
        Assert.Equal("thresholded_re_lu", row.Name); // tf.keras's snake case of the class name
        Assert.Equal(LayerKind.Activation, row.Kind);
        LayerAssert.Params(row, 0, 0, 0);
        Assert.Contains("theta=0.5 is a constant", row.WalkThrough.NoParametersReason);
        Assert.Contains("x passes where x > 0.5; every other value becomes 0", row.WalkThrough.Notes);
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("Keras 3") && n.Contains("ReLU(threshold=0.5)"));
        Assert.Equal(1.0, new ThresholdedReLU().Theta); // tf.keras's default
    }

    [Fact]
    public void A_negative_theta_is_a_model_error()
    {
        Assert.Equal("ThresholdedReLU argument 'theta' must be a non-negative number, but it is -1",
            LayerAssert.Error(new ThresholdedReLU(-1), 8).Message);
    }

    [Fact]
    public void Reads_from_keras_2_source()
    {
        var result = KerasSource.Parse("""
            from tensorflow.keras.models import Sequential
            from tensorflow.keras.layers import Dense, ThresholdedReLU

            model = Sequential()
            model.add(Dense(8, input_shape=(4,)))
            model.add(ThresholdedReLU(theta=0.5))
            model.add(Dense(1))
            """);
        Assert.False(result.HasErrors);
        var summary = result.Summarize().Summary!;
        // Dense: (4 + 1)·8 = 40; ThresholdedReLU keeps (None, 8); Dense: (8 + 1)·1 = 9.
        Assert.Equal(["dense", "thresholded_re_lu", "dense_1"], summary.Rows.Select(r => r.Name));
        Assert.Equal(["(None, 8)", "(None, 8)", "(None, 1)"], summary.Rows.Select(r => r.OutputShape.ToString()));
        Assert.Equal([40L, 0L, 9L], summary.Rows.Select(r => r.Params));
    }
}
