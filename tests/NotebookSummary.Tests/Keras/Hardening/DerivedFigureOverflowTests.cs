using NotebookSummary.Keras;
using static NotebookSummary.Tests.Keras.KerasTestData;

namespace NotebookSummary.Tests.Keras.Hardening;

/// <summary>
/// A model whose shapes and parameter counts fit 64 bits is valid even when a derived figure (the
/// multiply-accumulate count) does not: that figure is unknown, with a walk-through note, and nothing is rejected.
/// </summary>
public class DerivedFigureOverflowTests
{
    private const string Overflow = "exceeds the 64-bit integer range, so it is shown as unknown";

    [Fact]
    public void Dense_on_a_2_to_the_30_square_input_is_valid_with_unknown_macs()
    {
        var source = "import keras\nfrom keras import layers\n"
                     + "model = keras.Sequential([keras.Input((2**30, 2**30)), layers.Dense(8)])\n";
        var summary = SummaryWithoutErrors(KerasSource.Parse(source));
        // Params (2³⁰ + 1)·8 = 8,589,934,600; MACs would be 2³⁰·2³⁰·8 = 2⁶³, one past long.MaxValue.
        AssertRows(summary, ("Dense", "(None, 1073741824, 8)", 8_589_934_600));
        Assert.Equal(8_589_934_600, summary.Totals.Params);
        Assert.Null(summary.Rows[0].MultiplyAccumulates);
        Assert.Contains(summary.Rows[0].WalkThrough.Notes, n => n.Contains(Overflow));
    }

    [Fact]
    public void Macs_that_fit_are_still_counted()
    {
        var summary = new Sequential { new Input(1 << 20, 1 << 20), new Dense(8) }.Summarize();
        Assert.True(summary.IsValid);
        Assert.Equal((1L << 20) * (1L << 20) * 8, summary.Rows[0].MultiplyAccumulates); // 2⁴³ = 8,796,093,022,208
        Assert.DoesNotContain(summary.Rows[0].WalkThrough.Notes, n => n.Contains(Overflow));
    }

    [Fact]
    public void Conv2D_with_macs_past_64_bits_is_valid()
    {
        // 65,536×65,536×1,024 input, 2²⁰ filters of 3×3: params (3·3·1024 + 1)·2²⁰ = 9,664,724,992;
        // MACs 65,534²·9,216·2²⁰ ≈ 4.2·10²² do not fit.
        var summary = new Sequential { new Input(1 << 16, 1 << 16, 1 << 10), new Conv2D(1 << 20, 3) }.Summarize();
        Assert.True(summary.IsValid, summary.Error?.Message);
        Assert.Equal((3L * 3 * 1024 + 1) * (1 << 20), summary.Rows[0].Params);
        Assert.Equal("(None, 65534, 65534, 1048576)", summary.Rows[0].OutputShape.ToString());
        Assert.Null(summary.Rows[0].MultiplyAccumulates);
    }

    [Fact]
    public void A_wrapper_of_a_layer_whose_macs_overflow_has_unknown_macs_too()
    {
        // TimeDistributed(Dense(8)) over 4 steps of 2³⁰×2³⁰: params as the inner Dense, (2³⁰ + 1)·8.
        var summary = new Sequential { new Input(4, 1 << 30, 1 << 30), new TimeDistributed(new Dense(8)) }.Summarize();
        Assert.True(summary.IsValid, summary.Error?.Message);
        Assert.Equal(8_589_934_600, summary.Rows[0].Params);
        Assert.Null(summary.Rows[0].MultiplyAccumulates);
    }

    [Fact]
    public void A_parameter_count_past_64_bits_is_still_an_error()
    {
        // Dense(2³¹ − 1) on 2³³ inputs: (2³³ + 1)·(2³¹ − 1) ≈ 1.8·10¹⁹ > 2⁶³ − 1. Parameters are not a derived figure.
        var summary = new Sequential { new Input(1 << 30, 8), new Flatten(), new Dense(int.MaxValue) }.Summarize();
        Assert.False(summary.IsValid);
        Assert.Contains("64-bit integer range", summary.Error!.Message);
    }
}
