using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Keras.Hardening;

/// <summary>
/// A value past one of the reader's limits says which limit: sizes are 32-bit integers (2³¹ = 2,147,483,648 is one
/// past), strings hold at most <see cref="ReaderLimits.MaxCollectionLength"/> characters — a padded format is plain
/// code the reader runs, not a value "only known when the code runs".
/// </summary>
public class SizeLimitMessagesTests
{
    private const string Fits32Bits = "sizes and counts are 32-bit integers: at most 2,147,483,647 (2**31 - 1)";

    private static Diagnostic SingleError(string layers) =>
        Assert.Single(KerasSource.Parse($"import keras\nmodel = keras.Sequential([{layers}, keras.layers.Dense(2)])\n").Diagnostics,
            d => d.IsError);

    [Theory]
    [InlineData("keras.Input((2**31,))", "Input argument 'shape'", "(2147483648,)", 39)]
    [InlineData("keras.Input(shape=(2**31, 4))", "Input argument 'shape'", "(2147483648, 4)", 45)]
    [InlineData("keras.layers.InputLayer(input_shape=(2**31,))", "InputLayer argument 'input_shape'", "(2147483648,)", 63)]
    [InlineData("keras.layers.Dense(4, input_shape=(2**31,))", "Dense argument 'input_shape'", "(2147483648,)", 61)]
    public void A_shape_past_32_bits_says_so(string layer, string argument, string value, int column)
    {
        var error = SingleError(layer);
        Assert.Equal($"{argument} must be a tuple of integers that each fit 32 bits, but it is {value}", error.Message);
        Assert.Equal((2, column), (error.Line, error.Column));
        Assert.Equal(Fits32Bits, error.Hint);
    }

    [Theory]
    [InlineData("keras.layers.Dense(2**31)", "Dense argument 'units' must be an integer that fits 32 bits, but it is 2147483648")]
    [InlineData("keras.Input((3,), batch_size=2**31)", "Input argument 'batch_size' must be an integer that fits 32 bits, but it is 2147483648")]
    public void A_count_past_32_bits_says_so_with_the_same_hint(string layer, string message)
    {
        var error = SingleError(layer);
        Assert.Equal(message, error.Message);
        Assert.Equal(Fits32Bits, error.Hint);
    }

    [Theory]
    [InlineData("keras.Input(('{:>999999999}'.format(1),))", 40)]
    [InlineData("keras.Input((len(f'{1:>999999999}'),))", 47)] // the field formatted
    [InlineData("keras.Input((len('%999999999d' % 1),))", 44)]
    public void A_padded_format_past_the_string_limit_names_the_limit(string layer, int column)
    {
        var error = SingleError(layer);
        Assert.Equal("stopped: the code builds a list, tuple or string of 999,999,999 elements; the reader allows 1,000,000", error.Message);
        Assert.Equal((2, column), (error.Line, error.Column));
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void A_padded_format_within_the_limit_is_computed()
    {
        // len('{:>20000}'.format(1)) is 20,000 in Python: Dense(20,000) on 3 inputs holds (3 + 1)·20,000 weights.
        var source = "import keras\nmodel = keras.Sequential([keras.Input((3,)), keras.layers.Dense(len('{:>20000}'.format(1)))])\n";
        var read = KerasSource.Parse(source).Summarize();
        Assert.DoesNotContain(read.Diagnostics, d => d.IsError);
        Assert.Equal(80_000, read.Summary!.Rows[0].Params);
    }
}
