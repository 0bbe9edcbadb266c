using NotebookSummary.Keras;
using static NotebookSummary.Tests.Keras.KerasTestData;

namespace NotebookSummary.Tests.Keras.Hardening;

/// <summary>
/// Keras checks dropout rates with <c>0 &lt;= rate &lt;= 1</c> (keras/src/layers/regularization/dropout.py, and the
/// spatial, Gaussian and alpha variants): a rate of 1 builds, drops everything while training, and holds no weights.
/// </summary>
public class DropoutRateOfOneTests
{
    [Theory]
    [InlineData("Dropout(1.0)", "Dropout", "(None, 8, 8, 3)")]
    [InlineData("Dropout(1)", "Dropout", "(None, 8, 8, 3)")]
    [InlineData("SpatialDropout2D(1.0)", "SpatialDropout2D", "(None, 8, 8, 3)")]
    [InlineData("GaussianDropout(1.0)", "GaussianDropout", "(None, 8, 8, 3)")]
    [InlineData("AlphaDropout(1.0)", "AlphaDropout", "(None, 8, 8, 3)")]
    [InlineData("Dropout(0.0)", "Dropout", "(None, 8, 8, 3)")]
    public void A_rate_of_0_or_1_builds(string layer, string className, string shape)
    {
        var source = $"from keras import Sequential, Input\nfrom keras.layers import *\nmodel = Sequential([Input((8, 8, 3)), {layer}])\n";
        AssertRows(SummaryWithoutErrors(KerasSource.Parse(source)), (className, shape, 0));
    }

    [Theory]
    [InlineData(1.0000001)]
    [InlineData(-0.0001)]
    public void A_rate_outside_0_to_1_is_an_error_with_a_fix(double rate)
    {
        var summary = new Sequential { new Input(8), new Dropout(rate) }.Summarize();
        Assert.Equal($"Dropout argument 'rate' must be between 0 and 1, but it is {rate.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            summary.Error!.Message);
        Assert.Equal("a rate is the fraction of values dropped, e.g. rate=0.5", summary.Error.Hint);
    }
}
