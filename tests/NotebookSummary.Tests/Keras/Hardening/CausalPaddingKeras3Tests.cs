using NotebookSummary.Keras;
using static NotebookSummary.Tests.Keras.KerasTestData;
using NotebookSummary.Keras.Diagnostics;

namespace NotebookSummary.Tests.Keras.Hardening;

/// <summary>
/// Keras 2 accepted <c>padding='causal'</c> for SeparableConv1D and DepthwiseConv1D; Keras 3 refuses it
/// (standardize_padding without allow_causal: "The `padding` argument must be a list/tuple or one of {'same',
/// 'valid'}"). Keras 2 code keeps reading, with a warning at the argument and a walk-through note; Conv1D, which
/// Keras 3 allows to be causal, gets neither.
/// </summary>
public class CausalPaddingKeras3Tests
{
    private const string Imports = "from keras.layers import *\nfrom keras.models import Sequential\n";
    private const string KerasError = "\"The `padding` argument must be a list/tuple or one of {'same', 'valid'}\"";

    [Theory]
    // Columns: the 36 characters of `model = Sequential([Input((10, 3)), ` and the layer's text up to the value.
    // On (None, 10, 3), kernel 3, causal keeps 10 steps. SeparableConv1D(4): 3·3 depthwise + 3·4 pointwise + 4 biases = 25.
    [InlineData("SeparableConv1D(4, 3, padding='causal')", "SeparableConv1D", "(None, 10, 4)", 25, 67)]
    // DepthwiseConv1D(3): 3·3 kernel weights + 3 biases = 12.
    [InlineData("DepthwiseConv1D(3, padding='CAUSAL')", "DepthwiseConv1D", "(None, 10, 3)", 12, 64)]
    public void Causal_padding_is_read_with_a_warning_at_the_argument(string layer, string className, string shape, long parameters, int column)
    {
        var read = KerasSource.Parse(Imports + $"model = Sequential([Input((10, 3)), {layer}])\n").Summarize();
        AssertRows(read.Summary!, (className, shape, parameters));
        var warning = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal($"{className} with padding='{layer.Split('\'')[1]}' is read as Keras 2 read it, but Keras 3 refuses it: {KerasError}", warning.Message);
        Assert.Equal((3, column), (warning.Line, warning.Column));
        Assert.Equal("for Keras 3, pad the start yourself: ZeroPadding1D(((kernel_size - 1) * dilation_rate, 0)) before it, and padding='valid'",
            warning.Hint);
        Assert.Contains(read.Summary!.Rows[0].WalkThrough.Notes,
            n => n == $"padding='causal' is read as Keras 2 read it; Keras 3 refuses it for {className} ({KerasError})");
    }

    [Theory]
    [InlineData("Conv1D(4, 3, padding='causal')")]
    [InlineData("SeparableConv1D(4, 3, padding='same')")]
    [InlineData("DepthwiseConv1D(3, padding='valid')")]
    public void What_Keras_3_accepts_gets_no_warning(string layer)
    {
        var read = KerasSource.Parse(Imports + $"model = Sequential([Input((10, 3)), {layer}])\n").Summarize();
        Assert.Empty(read.Diagnostics);
        Assert.DoesNotContain(read.Summary!.Rows[0].WalkThrough.Notes, n => n.Contains("Keras 3 refuses"));
    }

    [Fact]
    public void The_CSharp_API_gets_the_walk_through_note()
    {
        var summary = new Sequential { new Input(10, 3), new DepthwiseConv1D(3, padding: "causal") }.Summarize();
        Assert.True(summary.IsValid);
        Assert.Contains(summary.Rows[0].WalkThrough.Notes, n => n.Contains("Keras 3 refuses it for DepthwiseConv1D"));
    }
}
