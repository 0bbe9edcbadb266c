using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// The reader's keras.ops: <c>ops.xxx(...)</c> in every spelling, Python's operators on tensors, and what it says
/// about ops it cannot read. Expected classes, names and shapes are Keras's (keras/src/ops, KerasTensor's operators).
/// </summary>
public class OperationReaderTests
{
    private const string Head = "import keras\nfrom keras import layers, ops\n";

    private static KerasReadResult Read(string body) => KerasSource.Parse(Head + body);

    private static NotebookSummary.Analysis.ModelSummary Summary(string body)
    {
        var read = Read(body);
        Assert.True(read.Diagnostics.Count == 0, string.Join("\n", read.Diagnostics.Select(d => $"{d} ({d.Hint})")));
        return read.Summarize().Summary!;
    }

    private static Diagnostic SingleError(string body) => Assert.Single(Read(body).Diagnostics, d => d.IsError);

    [Fact]
    public void Every_spelling_of_keras_ops_and_the_operators_make_operation_rows()
    {
        var summary = Summary("a = keras.Input(shape=(3,))\ny = keras.ops.relu(a)\ny = ops.nn.sigmoid(y)\ny = ops.numpy.add(y, 1)\n"
                              + "y = -y\ny = 2 ** y\ny = y != 0\ny = ops.cast(y, 'float32') / 2\nmodel = keras.Model(a, y)\n");
        Assert.Equal(["input_layer", "relu", "sigmoid", "add", "negative", "power", "not_equal", "cast", "true_divide"],
            summary.Rows.Select(r => r.Name));
        Assert.Equal(["InputLayer", "Relu", "Sigmoid", "Add", "Negative", "Power", "NotEqual", "Cast", "TrueDivide"],
            summary.Rows.Select(r => r.ClassName));
        Assert.All(summary.Rows.Skip(1), r => Assert.True(r.IsOperation && r.OutputShape.Equals(new Shape(null, 3))));
        Assert.Equal(["negative[0][0]"], summary.Rows[5].ConnectedTo); // 2 ** y: the number is not a tensor
    }

    [Fact]
    public void An_op_and_a_later_layer_of_the_same_class_share_the_name_counter()
    {
        var summary = Summary("a = keras.Input(shape=(4,))\nb = layers.Dense(4)(a)\nx = ops.add(a, b)\ny = layers.Add()([x, b])\n"
                              + "model = keras.Model(a, y)\n");
        Assert.Equal(["input_layer", "dense", "add", "add_1"], summary.Rows.Select(r => r.Name));
        Assert.Equal([false, false, true, false], summary.Rows.Select(r => r.IsOperation));
    }

    [Fact]
    public void Reductions_and_reshapes_read_their_keyword_arguments()
    {
        var summary = Summary("a = keras.Input(shape=(4, 6))\nm = ops.mean(a, axis=[1, 2], keepdims=True)\n"
                              + "s = ops.sum(a, 1)\nt = ops.transpose(a, axes=(0, 2, 1))\nr = ops.reshape(t, (-1, 24))\n"
                              + "e = ops.expand_dims(s, axis=-1)\nz = ops.concatenate([ops.squeeze(m, axis=2), ops.squeeze(e, -1)], axis=1)\n"
                              + "model = keras.Model(a, [z, r])\n");
        Assert.True(summary.IsValid, summary.Error?.Message);
        Shape Of(string name) => summary.Rows.Single(r => r.Name == name).OutputShape;
        Assert.Equal(new Shape(null, 1, 1), Of("mean"));
        Assert.Equal(new Shape(null, 6), Of("sum"));
        Assert.Equal(new Shape(null, 6, 4), Of("transpose"));
        Assert.Equal(new Shape(null, 24), Of("reshape"));
        Assert.Equal(new Shape(null, 6, 1), Of("expand_dims"));
        Assert.Equal(new Shape(null, 1), Of("squeeze"));
        Assert.Equal(new Shape(null, 7), Of("concatenate"));
    }

    [Fact]
    public void An_op_the_reader_has_no_rule_for_is_an_error_at_the_call_with_a_hint()
    {
        var error = SingleError("a = keras.Input(shape=(3,))\ny = ops.einsum('ij->ji', a)\nz = ops.relu(y)\nmodel = keras.Model(a, z)\n");
        Assert.Equal((4, 5), (error.Line, error.Column));
        Assert.Contains("'ops.einsum' on a tensor is not read yet: the reader has no shape rule for keras.ops.einsum", error.Message);
        Assert.Contains("reductions", error.Hint);

        var typo = SingleError("a = keras.Input(shape=(3,))\ny = ops.rellu(a)\nmodel = keras.Model(a, y)\n");
        Assert.Contains("did you mean 'relu'", typo.Message);
    }

    [Fact]
    public void A_wrong_argument_of_an_op_is_an_error_at_the_argument()
    {
        var error = SingleError("a = keras.Input(shape=(3,))\ny = ops.mean(a, axes=1)\nmodel = keras.Model(a, y)\n");
        Assert.Equal((4, 17), (error.Line, error.Column));
        Assert.Contains("unknown argument 'axes' for ops.mean", error.Message);
        Assert.Contains("did you mean 'axis'", error.Message);

        var missing = SingleError("a = keras.Input(shape=(3,))\ny = ops.reshape(a)\nmodel = keras.Model(a, y)\n");
        Assert.Contains("ops.reshape() is missing its 'newshape' argument", missing.Message);
    }

    [Fact]
    public void A_list_beside_a_tensor_and_other_libraries_functions_are_errors_saying_what_to_write()
    {
        var list = SingleError("a = keras.Input(shape=(3,))\ny = a * [1, 2, 3]\nmodel = keras.Model(a, y)\n");
        Assert.Equal(4, list.Line);
        Assert.Contains("reads a number beside it", list.Message);

        var tf = SingleError("import tensorflow as tf\na = keras.Input(shape=(3,))\ny = tf.nn.relu(a)\nmodel = keras.Model(a, y)\n");
        Assert.Contains("'tf.nn.relu' on a tensor is not read", tf.Message);
        Assert.Contains("ops.relu", tf.Hint);
    }

    [Fact]
    public void Tensors_that_do_not_broadcast_are_a_model_error_at_the_expression()
    {
        var read = Read("a = keras.Input(shape=(3,))\nb = keras.Input(shape=(4,))\ny = a + b\nmodel = keras.Model([a, b], y)\n");
        Assert.Empty(read.Diagnostics);
        var error = read.Summarize().Summary!.Error!;
        Assert.Equal("Add cannot broadcast input_layer (None, 3) and input_layer_1 (None, 4): axis -1 is 3 in one and 4 in the other", error.Message);
        Assert.Equal((5, 5), (error.Source!.Line, error.Source.Column));
    }

    [Fact]
    public void A_masking_embedding_is_listed_by_a_layer_called_on_its_output_alone()
    {
        const string Model = "a = keras.Input(shape=(None,))\nx = layers.Embedding(50, 8, mask_zero=True)(a)\n";
        var listed = Summary(Model + "y = layers.LSTM(4)(x)\nmodel = keras.Model(a, y)\n");
        Assert.Equal(["input_layer", "embedding", "not_equal", "lstm"], listed.Rows.Select(r => r.Name));
        Assert.Equal(["embedding[0][0]", "not_equal[0][0]"], listed.Rows[^1].ConnectedTo);

        // A keyword argument makes Keras fill the mask into a copy of the arguments: the call does not list it.
        var unlisted = Summary(Model + "y = layers.LSTM(4)(x, training=False)\nmodel = keras.Model(a, y)\n");
        Assert.Equal(["input_layer", "embedding", "lstm"], unlisted.Rows.Select(r => r.Name));
    }

    [Fact]
    public void Model_layers_and_get_layer_leave_out_operations_whose_names_still_count()
    {
        var read = Read("a = keras.Input(shape=(4,))\nx = ops.add(a, a)\nadd = layers.Add()\ny = add([x, a])\nmodel = keras.Model(a, y)\n"
                        + "assert len(model.layers) == 2\nassert ops.shape(y) == (None, 4)\nassert model.get_layer('add_1') is add\nassert model.layers[1] is add\n");
        Assert.True(read.Diagnostics.Count == 0, string.Join("\n", read.Diagnostics.Select(d => $"{d} ({d.Hint})")));
    }

    [Fact]
    public void MobileNetV3s_hard_sigmoid_and_a_residual_sum_are_operation_rows()
    {
        // keras/src/applications/mobilenet_v3.py: hard_sigmoid(x) = layers.ReLU(6.0)(x + 3.0) * (1.0 / 6.0);
        // convnext.py ends a block with inputs + layer(x).
        var summary = Summary("def hard_sigmoid(x):\n    return layers.ReLU(6.0)(x + 3.0) * (1.0 / 6.0)\n\n"
                              + "inputs = keras.Input(shape=(8, 8, 4))\nx = layers.Conv2D(4, 1)(inputs)\nx = layers.Multiply()([x, hard_sigmoid(x)])\n"
                              + "outputs = inputs + x\nmodel = keras.Model(inputs, outputs)\n");
        // Python makes layers.Multiply() before it evaluates the list it is called on: the layer is multiply.
        Assert.Equal(["input_layer", "conv2d", "add", "re_lu", "multiply_1", "multiply", "add_1"], summary.Rows.Select(r => r.Name));
        Assert.Equal(["InputLayer", "Conv2D", "Add", "ReLU", "Multiply", "Multiply", "Add"], summary.Rows.Select(r => r.ClassName));
        Assert.Equal([false, false, true, false, true, false, true], summary.Rows.Select(r => r.IsOperation));
        Assert.Equal(["re_lu[0][0]"], summary.Rows[4].ConnectedTo);
        Assert.Equal(["input_layer[0][0]", "multiply[0][0]"], summary.Rows[^1].ConnectedTo);
        Assert.Contains("0.16666666666666666", Assert.Single(summary.Rows[4].WalkThrough.Notes));
    }
}
