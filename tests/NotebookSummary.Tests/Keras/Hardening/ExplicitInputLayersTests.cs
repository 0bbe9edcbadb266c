using NotebookSummary.Keras;
using static NotebookSummary.Tests.Keras.KerasTestData;
using NotebookSummary.Keras.Diagnostics;

namespace NotebookSummary.Tests.Keras.Hardening;

/// <summary>
/// Keras's <c>model.layers</c> leaves the Input out (keras/src/models/sequential.py, <c>layers</c>): with
/// <c>keras.Input((784,))</c> first, <c>model.layers[0]</c> is the first Dense and <c>len(model.layers)</c> counts
/// only the Dense layers. Every way of reaching a layer through the model must agree.
/// Dense(64) on 784 inputs holds 784·64 + 64 = 50,240 weights; Dense(10) on 64 holds 64·10 + 10 = 650.
/// </summary>
public class ExplicitInputLayersTests
{
    private const string Model =
        "import keras\nfrom keras import layers\n"
        + "model = keras.Sequential([keras.Input((784,)), layers.Dense(64), layers.Dense(10)])\n";

    private static KerasSummary Read(string statements) => KerasSource.Parse(Model + statements).Summarize();

    private static void AssertFirstDenseFrozen(KerasSummary read)
    {
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        var totals = read.Summary!.Totals;
        Assert.Equal((50_890L, 650L, 50_240L), (totals.Params, totals.TrainableParams, totals.NonTrainableParams));
        Assert.False(read.Summary.Rows[0].Trainable);
        Assert.True(read.Summary.Rows[1].Trainable);
    }

    [Theory]
    [InlineData("model.layers[0].trainable = False\n")]
    [InlineData("model.layers[-2].trainable = False\n")]
    [InlineData("first = model.layers[0]\nfirst.trainable = False\n")]
    [InlineData("for layer in model.layers[:1]:\n    layer.trainable = False\n")]
    [InlineData("for i, layer in enumerate(model.layers):\n    layer.trainable = i > 0\n")]
    [InlineData("model.get_layer(index=0).trainable = False\n")]
    [InlineData("model.get_layer('dense').trainable = False\n")]
    [InlineData("model.get_layer(name='dense').trainable = False\n")]
    public void The_first_layer_is_the_first_Dense(string statements) => AssertFirstDenseFrozen(Read(statements));

    [Fact]
    public void Len_of_model_layers_does_not_count_the_Input()
    {
        var read = Read("assert len(model.layers) == 2\n");
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData("model = keras.Sequential([layers.Dense(64, input_shape=(784,)), layers.Dense(10)])\n")]
    [InlineData("model = keras.Sequential([layers.Dense(64), layers.Dense(10)])\nmodel.build((None, 784))\n")] // build adds an Input
    public void Other_ways_of_giving_the_input_read_the_same(string model)
    {
        var source = "import keras\nfrom keras import layers\n" + model + "assert len(model.layers) == 2\nmodel.layers[0].trainable = False\n";
        AssertFirstDenseFrozen(KerasSource.Parse(source).Summarize());
    }

    [Fact]
    public void Pop_removes_the_last_layer_and_returns_it()
    {
        // After pop: Input → Dense(64) only, 50,240 parameters; the popped Dense(10) can be added back.
        var popped = Read("model.pop()\nassert len(model.layers) == 1\n");
        Assert.DoesNotContain(popped.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        AssertRows(popped.Summary!, ("Dense", "(None, 64)", 50_240));

        var readded = Read("last = model.pop()\nmodel.add(last)\n");
        AssertRows(readded.Summary!, ("Dense", "(None, 64)", 50_240), ("Dense", "(None, 10)", 650));
    }

    [Fact]
    public void Pop_on_a_model_with_only_its_Input_is_reported_and_keeps_the_Input()
    {
        var result = KerasSource.Parse("import keras\nmodel = keras.Sequential([keras.Input((3,))])\nmodel.pop()\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("model.pop(): there are no layers in the model", warning.Message);
        Assert.Equal((3, 1), (warning.Line, warning.Column));
        Assert.NotNull(warning.Hint);
        Assert.Single(result.Model!.Layers);
    }

    [Theory]
    // Keras's messages; the Input is not among model.layers, so index 2 is past the end and 'input_layer' unknown.
    [InlineData("model.get_layer(index=2)", "Was asked to retrieve layer at index 2 but model only has 2 layers.")]
    [InlineData("model.get_layer('input_layer')", "No such layer: input_layer. Existing layers are: ['dense', 'dense_1'].")]
    [InlineData("model.layers[2]", "list index out of range")]
    public void A_layer_that_does_not_exist_is_reported_instead_of_freezing_nothing(string layer, string message)
    {
        var read = Read(layer + ".trainable = False\n");
        var warning = Assert.Single(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(message, warning.Message);
        Assert.Equal((4, 1), (warning.Line, warning.Column));
        Assert.NotNull(warning.Hint);
        Assert.Equal(0, read.Summary!.Totals.NonTrainableParams);
    }
}
