using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// What the reader reads of the functional API beyond the conformance cases, and how it says what it does not read
/// (subclassed models, ...); keras.ops and tensor arithmetic are in OperationReaderTests. Expected counts follow Keras's rules: Dense (n_in + 1)·units.
/// </summary>
public class FunctionalReaderTests
{
    private const string Head = "import keras\nfrom keras import layers\n";

    private static KerasReadResult Read(string body) => KerasSource.Parse(Head + body);

    private static void NoDiagnostics(KerasReadResult read) =>
        Assert.True(read.Diagnostics.Count == 0, string.Join("\n", read.Diagnostics.Select(d => $"{d} ({d.Hint})")));

    private static Diagnostic SingleError(string body)
    {
        var read = Read(body);
        return Assert.Single(read.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_tensor_shape_is_a_tuple_that_sizes_later_layers()
    {
        var read = Read("inputs = keras.Input(shape=(8, 4))\nn = inputs.shape[-1]\nassert inputs.shape[1:] == (8, 4)\n"
                        + "assert inputs.shape[0] is None\nx = layers.Dense(n * 2)(inputs)\nmodel = keras.Model(inputs, x)\n");
        NoDiagnostics(read);
        var summary = read.Summarize().Summary!;
        Assert.Equal(["input_layer", "dense"], summary.Rows.Select(r => r.Name));
        Assert.Equal((4 + 1) * 8, summary.Rows[1].Params);
        Assert.Equal(new Shape(null, 8, 8), summary.Rows[1].OutputShape);
    }

    [Fact]
    public void A_model_with_several_outputs_called_as_a_layer_unpacks_into_its_tensors()
    {
        var read = Read("i = keras.Input(shape=(3,))\nheads = keras.Model(i, [layers.Dense(2)(i), layers.Dense(5)(i)])\n"
                        + "x = keras.Input(shape=(3,))\na, b = heads(x)\nmodel = keras.Model(x, layers.concatenate([a, b]))\n");
        NoDiagnostics(read);
        var summary = read.Summarize().Summary!;
        Assert.Equal(new Shape(null, 7), summary.Rows[^1].OutputShape);
        Assert.Equal(["functional[0][0]", "functional[0][1]"], summary.Rows[^1].ConnectedTo);
    }

    [Fact]
    public void Model_layers_and_get_layer_hand_out_the_codes_own_layers()
    {
        var read = Read("inputs = keras.Input(shape=(3,))\nd = layers.Dense(2)\nmodel = keras.Model(inputs, d(inputs))\n"
                        + "assert len(model.layers) == 2\nassert model.layers[1] is d\nassert model.get_layer('dense') is d\n"
                        + "assert model.get_layer(index=0) is inputs\n");
        NoDiagnostics(read);
    }

    [Fact]
    public void Keras_Input_keeps_working_as_the_first_layer_of_a_Sequential()
    {
        var read = Read("model = keras.Sequential([keras.Input(shape=(3,)), layers.Dense(2)])\n");
        NoDiagnostics(read);
        Assert.Equal(8, read.Summarize().Summary!.Totals.Params);
    }

    [Fact]
    public void Slicing_a_tensor_is_reported_where_it_reaches_a_layer()
    {
        var error = SingleError("a = keras.Input(shape=(3, 4))\ny = layers.Dense(2)(a[:, 0])\nmodel = keras.Model(a, y)\n");
        Assert.Equal(4, error.Line);
        Assert.Contains("slicing a tensor (x[...]) is not read yet", error.Message);
    }

    [Fact]
    public void A_tensor_given_by_keyword_is_refused_rather_than_dropped()
    {
        var error = SingleError("a = keras.Input(shape=(5, 3))\nm = keras.Input(shape=(5,))\n"
                                + "y = layers.LSTM(4)(a, mask=m)\nmodel = keras.Model([a, m], y)\n");
        Assert.Equal((5, 23), (error.Line, error.Column));
        Assert.Contains("'mask=' is not read yet", error.Message);
    }

    [Fact]
    public void A_subclassed_model_is_an_error_at_the_class_with_a_way_out()
    {
        var read = Read("class Net(keras.Model):\n    def call(self, x):\n        return x\nmodel = Net()\nmodel.summary()\n");
        var error = Assert.Single(read.Diagnostics, d => d.IsError);
        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.StartsWith("class 'Net' subclasses keras.Model", error.Message);
        Assert.Contains("functional API", error.Hint);
        Assert.Null(read.Primary);
    }

    [Fact]
    public void A_layer_given_where_a_tensor_is_expected_is_reported_where_the_model_is_made()
    {
        var error = SingleError("inputs = keras.Input(shape=(3,))\ny = layers.Dense(2)(layers.Dense(3))\nmodel = keras.Model(inputs, y)\n");
        Assert.Equal(4, error.Line);
        Assert.Contains("a layer (Dense) was given where a tensor is expected", error.Message);
    }

    [Fact]
    public void Changing_a_layer_after_calling_it_warns_that_the_graph_keeps_it_as_it_was()
    {
        var read = Read("inputs = keras.Input(shape=(3,))\nd = layers.Dense(2)\ny = d(inputs)\nd.trainable = False\nmodel = keras.Model(inputs, y)\n");
        var warning = Assert.Single(read.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, 6), (warning.Severity, warning.Line));
    }

    [Fact]
    public void A_frozen_functional_model_is_one_layer_of_a_Sequential()
    {
        var read = Read("i = keras.Input(shape=(3,))\nbase = keras.Model(i, layers.Dense(4)(i))\nbase.trainable = False\n"
                        + "model = keras.Sequential([base, layers.Dense(1)])\nmodel.summary()\n");
        NoDiagnostics(read);
        var summary = read.Summarize().Summary!;
        // The outer Dense's name is the core's Sequential naming (which does not yet count the nested model's
        // layers, as Keras's session counter does), so only the nested row's name is checked here.
        Assert.Equal(2, summary.Rows.Count);
        Assert.Equal("functional", summary.Rows[0].Name);
        Assert.Equal(("Functional", 16L, 0L), (summary.Rows[0].ClassName, summary.Rows[0].NonTrainableParams, summary.Rows[0].TrainableParams));
        Assert.Equal(new Shape(null, 1), summary.Rows[1].OutputShape);
    }

    [Fact]
    public void Dicts_of_inputs_and_outputs_are_taken_in_the_order_of_their_keys()
    {
        var read = Read("b = keras.Input(shape=(2,), name='b')\na = keras.Input(shape=(3,), name='a')\n"
                        + "x = layers.concatenate([b, a])\nmodel = keras.Model(inputs={'b': b, 'a': a}, "
                        + "outputs={'z': layers.Dense(1, name='z')(x), 'y': layers.Dense(2, name='y')(x)})\n");
        NoDiagnostics(read);
        var summary = read.Summarize().Summary!;
        Assert.Equal(["a", "b"], summary.Inputs.Select(t => t.Layer));
        Assert.Equal(["y", "z"], summary.Outputs.Select(t => t.Layer));
    }

    [Fact]
    public void A_session_reads_a_functional_model_across_cells()
    {
        var session = new KerasSession();
        session.Read(Head + "inputs = keras.Input(shape=(4,))\nx = layers.Dense(3)(inputs)\n");
        var read = session.Read("model = keras.Model(inputs, layers.Dense(1)(x), name='two_cells')\nmodel.summary()\n");
        NoDiagnostics(read);
        var summary = read.Summarize().Summary!;
        Assert.Equal("two_cells", summary.Name);
        Assert.Equal(15 + 4, summary.Totals.Params);
    }
}
