using NotebookSummary.Keras;
using static NotebookSummary.Tests.Keras.KerasTestData;

namespace NotebookSummary.Tests.Keras.Hardening;

/// <summary>
/// Bidirectional(LSTM(4), backward_layer=LSTM(6, go_backwards=True)) on (None, 5, 3), as Keras 3 prints it:
/// parameters forward 4·((3 + 4)·4 + 4) = 128 plus backward 4·((3 + 6)·6 + 6) = 240, total 368; output shape
/// (None, 8), because Bidirectional.compute_output_shape doubles the forward layer's size. The walk-through says the
/// real concatenation is 4 + 6 = 10 wide.
/// </summary>
public class BidirectionalBackwardLayerTests
{
    private const string Source =
        "import keras\nfrom keras import layers\n"
        + "model = keras.Sequential([keras.Input((5, 3)),\n"
        + "    layers.Bidirectional(layers.LSTM(4), backward_layer=layers.LSTM(6, go_backwards=True)),\n"
        + "    layers.Dense(1)])\n";

    [Fact]
    public void Keras_3_s_parameters_and_output_shape()
    {
        var summary = SummaryWithoutErrors(KerasSource.Parse(Source));
        // Dense(1) is built on Keras's 8 features: 8·1 + 1 = 9.
        AssertRows(summary, ("Bidirectional", "(None, 8)", 368), ("Dense", "(None, 1)", 9));
        Assert.Equal(377, summary.Totals.Params);
    }

    [Fact]
    public void The_walk_through_says_the_real_concatenation_is_10_wide()
    {
        var row = SummaryWithoutErrors(KerasSource.Parse(Source)).Rows[0];
        Assert.Equal("features = 2·units_fwd = 2·4 = 8", row.WalkThrough.Shape.Single(f => f.Target == "features").ToString());
        var note = Assert.Single(row.WalkThrough.Notes, n => n.StartsWith("Keras 3 takes the joined size", StringComparison.Ordinal));
        Assert.Contains("the real concatenation is 4 + 6 = 10 wide", note);
    }

    [Fact]
    public void A_backward_layer_of_the_same_size_needs_no_note()
    {
        var summary = SummaryWithoutErrors(KerasSource.Parse(Source.Replace("LSTM(6,", "LSTM(4,")));
        // 2·128 = 256 parameters, 2·4 = 8 features: the printed and the real width agree.
        AssertRows(summary, ("Bidirectional", "(None, 8)", 256), ("Dense", "(None, 1)", 9));
        Assert.DoesNotContain(summary.Rows[0].WalkThrough.Notes, n => n.Contains("real concatenation"));
    }
}
