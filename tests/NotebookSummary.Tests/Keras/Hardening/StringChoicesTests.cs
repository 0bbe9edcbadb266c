using NotebookSummary.Keras;
using static NotebookSummary.Tests.Keras.KerasTestData;
using NotebookSummary.Keras.Diagnostics;

namespace NotebookSummary.Tests.Keras.Hardening;

/// <summary>
/// Arguments that name a choice: Keras stops for a name it does not know ("Could not interpret activation function
/// identifier", "Could not locate class", "The `padding` argument must be one of ..."), so the reader does too,
/// at the argument, with the closest name. Keras 3's activations are those of keras/src/activations/__init__.py.
/// </summary>
public class StringChoicesTests
{
    private const string Imports = "from keras.models import Sequential\nfrom keras.layers import *\n";

    private static KerasSummary Read(string layer) =>
        KerasSource.Parse(Imports + $"model = Sequential([Input((8, 8, 3)), {layer}])\n").Summarize();

    private static Diagnostic SingleError(string layer) => Assert.Single(Read(layer).Diagnostics, d => d.IsError);

    [Fact]
    public void An_unknown_activation_is_an_error_at_the_argument()
    {
        var error = SingleError("Dense(4, activation='not_an_activation')");
        Assert.Equal("Dense argument 'activation' is not a Keras activation: 'not_an_activation'", error.Message);
        // The argument's value: `'not_an_activation'`, after the 58 characters of `model = ... activation=`.
        Assert.Equal((3, 59, 19), (error.Line, error.Column, error.Length));
        Assert.StartsWith("Keras 3 stops with \"Could not interpret activation function identifier: not_an_activation\"; Keras's activations are relu, ",
            error.Hint);
    }

    [Theory]
    [InlineData("Dense(4, activation='rleu')", "activation", "relu")]
    [InlineData("Dense(4, activation='Relu')", "activation", "relu")]
    [InlineData("Dense(4, activation='softmx')", "activation", "softmax")]
    [InlineData("Activation('sigmod')", "activation", "sigmoid")]
    [InlineData("Reshape((8, 24)), LSTM(4, recurrent_activation='hard_sigmod')", "recurrent_activation", "hard_sigmoid")]
    [InlineData("Reshape((8, 24)), SimpleRNN(4, activation='tahn')", "activation", "tanh")]
    public void A_misspelt_activation_suggests_the_Keras_name(string layer, string argument, string suggestion)
    {
        var error = SingleError(layer);
        Assert.EndsWith($"argument '{argument}' is not a Keras activation: '{layer.Split('\'')[1]}' — did you mean '{suggestion}'?", error.Message);
        Assert.EndsWith($"; write {argument}='{suggestion}'", error.Hint);
    }

    [Fact]
    public void A_misspelt_keras_activations_function_is_caught_too()
    {
        var source = "import tensorflow as tf\n" + Imports + "model = Sequential([Input((3,)), Dense(4, activation=tf.keras.activations.rleu)])\n";
        var error = Assert.Single(KerasSource.Parse(source).Summarize().Diagnostics, d => d.IsError);
        Assert.Equal("Dense argument 'activation' is not a Keras activation: 'rleu' — did you mean 'relu'?", error.Message);
    }

    [Theory]
    [InlineData("relu")] [InlineData("sigmoid")] [InlineData("softmax")] [InlineData("tanh")] [InlineData("gelu")]
    [InlineData("silu")] [InlineData("swish")] [InlineData("elu")] [InlineData("selu")] [InlineData("softplus")]
    [InlineData("softsign")] [InlineData("exponential")] [InlineData("hard_sigmoid")] [InlineData("hard_silu")]
    [InlineData("hard_swish")] [InlineData("leaky_relu")] [InlineData("relu6")] [InlineData("mish")]
    [InlineData("log_softmax")] [InlineData("linear")] [InlineData("celu")] [InlineData("glu")] [InlineData("hard_tanh")]
    [InlineData("log_sigmoid")] [InlineData("sparse_plus")] [InlineData("sparsemax")] [InlineData("squareplus")]
    [InlineData("tanh_shrink")] [InlineData("threshold")] [InlineData("soft_shrink")] [InlineData("hard_shrink")]
    [InlineData("sparse_sigmoid")]
    public void Every_Keras_3_activation_is_accepted(string name)
    {
        var read = Read($"Flatten(), Dense(4, activation='{name}')");
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        // (8·8·3 + 1)·4 = 772: the activation changes no count.
        AssertRows(read.Summary!, ("Flatten", "(None, 192)", 0), ("Dense", "(None, 4)", 772));
    }

    [Theory]
    [InlineData("Dense(4, activation=None)")]
    [InlineData("Dense(4, activation=tf.nn.relu)")]
    [InlineData("Dense(4, activation=tf.keras.activations.swish)")]
    [InlineData("Dense(4, activation=tf.nn.crelu)")]
    [InlineData("Dense(4, activation=my_activation)")]
    [InlineData("Dense(4, activation=LeakyReLU())")]
    public void None_and_callables_are_not_looked_up_by_name(string layer)
    {
        var source = "import tensorflow as tf\n" + Imports + "def my_activation(x):\n    return x\n"
                     + $"model = Sequential([Input((3,)), {layer}])\n";
        Assert.DoesNotContain(KerasSource.Parse(source).Summarize().Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void A_Keras_2_activation_layer_name_is_read_with_a_warning()
    {
        var read = Read("Flatten(), Dense(4, activation='LeakyReLU')");
        var warning = Assert.Single(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("Dense argument 'activation' is 'LeakyReLU', an activation layer Keras 2 accepted by name and Keras 3 refuses", warning.Message);
        Assert.EndsWith("write activation='leaky_relu' or add a LeakyReLU() layer after it", warning.Hint);
        Assert.Equal(772, read.Summary!.Rows[1].Params);
    }

    [Fact]
    public void PReLU_by_name_is_an_error_because_its_weights_would_be_missing()
    {
        var error = SingleError("Flatten(), Dense(4, activation='PReLU')");
        Assert.Contains("PReLU has weights of its own: add a PReLU() layer after it", error.Hint);
    }

    [Theory]
    [InlineData("kernel_initializer='glorot_unifrom'", "kernel_initializer", "glorot_uniform")]
    [InlineData("bias_initializer='zeroes'", "bias_initializer", "zeros")]
    [InlineData("kernel_initializer='he_norml'", "kernel_initializer", "he_normal")]
    public void A_misspelt_initializer_suggests_the_Keras_name(string argument, string name, string suggestion)
    {
        var error = SingleError($"Flatten(), Dense(4, {argument})");
        Assert.EndsWith($"argument '{name}' is not a Keras initializer: '{argument.Split('\'')[1]}' — did you mean '{suggestion}'?", error.Message);
        Assert.EndsWith($"write {name}='{suggestion}'", error.Hint);
    }

    [Theory]
    [InlineData("kernel_initializer='glorot_uniform'")]
    [InlineData("kernel_initializer='GlorotUniform'")]
    [InlineData("kernel_initializer='he_normal', bias_initializer='zeros'")]
    [InlineData("kernel_initializer='normal'")]
    [InlineData("kernel_initializer='orthogonal'")]
    [InlineData("kernel_initializer=keras.initializers.HeNormal()")]
    public void Keras_initializers_are_accepted(string argument)
    {
        var source = "import keras\n" + Imports + $"model = Sequential([Input((3,)), Dense(4, {argument})])\n";
        Assert.DoesNotContain(KerasSource.Parse(source).Summarize().Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData("Conv2D(4, 3, padding='sme')", "'padding' must be one of 'valid', 'same', but it is 'sme' — did you mean 'same'?", "write padding='same'")]
    [InlineData("Conv2D(4, 3, data_format='channel_last')",
        "'data_format' must be one of 'channels_last', 'channels_first', but it is 'channel_last' — did you mean 'channels_last'?",
        "write data_format='channels_last'")]
    [InlineData("MaxPooling2D(padding='vaild')", "'padding' must be one of 'valid', 'same', but it is 'vaild' — did you mean 'valid'?", "write padding='valid'")]
    [InlineData("UpSampling2D(interpolation='bilinaer')", "but it is 'bilinaer' — did you mean 'bilinear'?", "write interpolation='bilinear'")]
    [InlineData("Reshape((8, 24)), Bidirectional(LSTM(4), merge_mode='concatenate')", "but it is 'concatenate'", "write merge_mode='concat'")]
    public void A_wrong_choice_names_the_closest_one_with_a_fix(string layer, string message, string hint)
    {
        var error = SingleError(layer);
        Assert.EndsWith(message, error.Message);
        Assert.Equal(hint, error.Hint);
        Assert.Equal(3, error.Line);
        Assert.True(error.Column > 1);
    }

    [Fact]
    public void The_core_gives_the_same_suggestion_to_the_CSharp_API()
    {
        var summary = new Sequential { new Input(8, 8, 3), new Conv2D(4, 3, padding: "sme") }.Summarize();
        Assert.Equal("Conv2D argument 'padding' must be one of 'valid', 'same', but it is 'sme' — did you mean 'same'?", summary.Error!.Message);
        Assert.Equal("write padding='same'", summary.Error.Hint);
    }
}
