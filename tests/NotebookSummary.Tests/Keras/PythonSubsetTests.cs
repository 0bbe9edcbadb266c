using NotebookSummary.Keras;
using static NotebookSummary.Tests.Keras.KerasTestData;
using NotebookSummary.Keras.Diagnostics;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// The Python the reader accepts, one construct at a time. Expected numbers are Keras's formulas worked by hand:
/// Dense (n_in + 1)·units, Conv2D (k_h·k_w·c_in + 1)·filters, LSTM 4·(units·(n_in + units) + units).
/// </summary>
public class PythonSubsetTests
{
    private static NotebookSummary.Analysis.ModelSummary Read(string source) => SummaryWithoutErrors(KerasSource.Parse(source));

    [Theory]
    [InlineData("from keras.models import Sequential\nfrom keras.layers import Dense\nmodel = Sequential()\nmodel.add(Dense(4, input_dim=3))\n")]
    [InlineData("from tensorflow.keras import layers, models\nmodel = models.Sequential()\nmodel.add(layers.Dense(4, input_dim=3))\n")]
    [InlineData("import tensorflow as tf\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(4, input_shape=(3,))])\n")]
    [InlineData("from tensorflow import keras\nmodel = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(4)])\n")]
    [InlineData("import keras\nfrom keras import layers\nmodel = keras.Sequential()\nmodel.add(layers.InputLayer(input_shape=(3,)))\nmodel.add(layers.Dense(4))\n")]
    [InlineData("from keras.layers import Dense as D, Input\nfrom keras.models import Sequential as S\nmodel = S([Input((3,)), D(4)])\n")]
    [InlineData("import tensorflow.keras.layers as L\nimport tensorflow.keras as K\nmodel = K.Sequential([L.Dense(4, input_dim=3)])\n")]
    [InlineData("from tensorflow.keras.layers import *\nfrom tensorflow.keras.models import *\nmodel = Sequential([Dense(4, input_dim=3)])\n")]
    [InlineData("from tensorflow.python.keras.layers.core import Dense\nfrom tensorflow.python.keras.models import Sequential\nmodel = Sequential([Dense(4, input_dim=3)])\n")]
    public void Import_forms_all_name_the_same_layers(string source)
    {
        var summary = Read(source);
        AssertRows(summary, ("Dense", "(None, 4)", 16)); // (3 + 1)·4
        Assert.DoesNotContain(KerasSource.Parse(source).Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Keras_1_names_and_argument_spellings_read_as_keras_2()
    {
        // Keras 1: Convolution2D(nb_filter, nb_row, nb_col, border_mode=...), MaxPool2D, output_dim=.
        var source = "from keras.layers import Convolution2D, MaxPool2D, Flatten, Dense\nfrom keras.models import Sequential\n"
                     + "model = Sequential()\nmodel.add(Convolution2D(8, 3, 3, border_mode='same', input_shape=(6, 6, 1)))\n"
                     + "model.add(MaxPool2D())\nmodel.add(Flatten())\nmodel.add(Dense(output_dim=2))\n";
        var result = KerasSource.Parse(source);
        var summary = SummaryWithoutErrors(result);
        // (3·3·1 + 1)·8 = 80; 'same' keeps 6×6; pool → 3×3×8 = 72; (72 + 1)·2 = 146.
        AssertRows(summary, ("Conv2D", "(None, 6, 6, 8)", 80), ("MaxPooling2D", "(None, 3, 3, 8)", 0),
            ("Flatten", "(None, 72)", 0), ("Dense", "(None, 2)", 146));
        Assert.Contains(result.Diagnostics, d => d.Message == "'border_mode' is the Keras 1 name of 'padding'; read as padding=");
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("Keras 1's (nb_filter, nb_row, nb_col) form; read as kernel_size=(3, 3)"));
    }

    [Fact]
    public void Variables_tuple_unpacking_and_arithmetic_feed_layer_arguments()
    {
        var source = "from keras.models import Sequential\nfrom keras.layers import Conv2D, Flatten, Dense\n"
                     + "img_rows, img_cols = 28, 28\nchannels = 1\ninput_shape = (img_rows, img_cols, channels)\n"
                     + "num_classes = 10\nhidden = 2 ** 5 + 64 // 3 - 7 % 4 * 2   # 32 + 21 - 6 = 47\n"
                     + "model = Sequential()\nmodel.add(Conv2D(hidden // 47 * 4, kernel_size=(3, 3), input_shape=input_shape))\n"
                     + "model.add(Flatten())\nmodel.add(Dense(num_classes * 2 - (num_classes), activation='softmax',))\n";
        // Conv2D 4 filters: (3·3·1 + 1)·4 = 40, 26×26×4 = 2704; Dense 10: (2704 + 1)·10 = 27,050.
        AssertRows(Read(source), ("Conv2D", "(None, 26, 26, 4)", 40), ("Flatten", "(None, 2704)", 0), ("Dense", "(None, 10)", 27050));
    }

    [Fact]
    public void Line_continuations_comments_and_both_quotes()
    {
        var source = "from keras.models import Sequential\nfrom keras.layers import Dense, Activation\n"
                     + "model = Sequential([  # a comment\n    Dense(8,\n          input_dim=4),  # another\n"
                     + "    Activation(\"relu\"),\n]) ; x = 1 + \\\n    2\nmodel.add(Dense(2, activation='softmax'))\n";
        AssertRows(Read(source), ("Dense", "(None, 8)", 40), ("Activation", "(None, 8)", 0), ("Dense", "(None, 2)", 18));
    }

    [Fact]
    public void For_loops_layer_class_variables_and_layer_instances()
    {
        var source = "from keras import layers\nfrom keras.models import Sequential\n"
                     + "RNN = layers.LSTM\nHIDDEN = 8\nmodel = Sequential()\nmodel.add(RNN(HIDDEN, input_shape=(5, 3)))\n"
                     + "model.add(layers.RepeatVector(4))\nfor _ in range(2):\n    model.add(RNN(HIDDEN, return_sequences=True))\n"
                     + "out = layers.Dense(3)\nmodel.add(layers.TimeDistributed(out))\n";
        // LSTM 4·(8·(3 + 8) + 8) = 384; then 4·(8·(8 + 8) + 8) = 544 twice; TimeDistributed(Dense 3): (8 + 1)·3 = 27.
        AssertRows(Read(source), ("LSTM", "(None, 8)", 384), ("RepeatVector", "(None, 4, 8)", 0),
            ("LSTM", "(None, 4, 8)", 544), ("LSTM", "(None, 4, 8)", 544), ("TimeDistributed", "(None, 4, 3)", 27));
    }

    [Fact]
    public void Loops_over_lists_enumerate_zip_and_comprehensions()
    {
        var source = "import keras\nfrom keras import layers\nunits = [16, 8]\nnames = ['a', 'b']\n"
                     + "model = keras.Sequential([keras.Input(shape=(4,))])\nfor i, (u, n) in enumerate(zip(units, names)):\n"
                     + "    model.add(layers.Dense(u, name=f'{n}_{i}'))\n"
                     + "extra = [layers.Dropout(0.1) for _ in range(2) if True]\nfor layer in extra:\n    model.add(layer)\n";
        var summary = Read(source);
        AssertRows(summary, ("Dense", "(None, 16)", 80), ("Dense", "(None, 8)", 136), ("Dropout", "(None, 8)", 0), ("Dropout", "(None, 8)", 0));
        Assert.Equal(["a_0", "b_1", "dropout", "dropout_1"], summary.Rows.Select(r => r.Name));
    }

    [Fact]
    public void Functions_that_build_and_return_a_model()
    {
        var source = "from keras.models import Sequential\nfrom keras.layers import Dense\n"
                     + "def build(n_in, widths=(8, 4), act='relu', **kwargs):\n    model = Sequential(name=kwargs.get('name', 'net'))\n"
                     + "    model.add(Dense(widths[0], activation=act, input_dim=n_in))\n    for w in widths[1:]:\n        model.add(Dense(w))\n"
                     + "    return model\n\nmodel = build(3, name='mlp')\nmodel.summary()\n";
        var result = KerasSource.Parse(source);
        var summary = SummaryWithoutErrors(result);
        Assert.Equal("mlp", summary.Name);
        AssertRows(summary, ("Dense", "(None, 8)", 32), ("Dense", "(None, 4)", 36));
        Assert.Equal("model", result.Primary!.VariableName);
    }

    [Fact]
    public void Channels_first_branch_follows_the_backend_setting()
    {
        var branch = "from keras import backend as K\nfrom keras.models import Sequential\nfrom keras.layers import Conv2D\n{0}"
                     + "if K.image_data_format() == 'channels_first':\n    input_shape = (1, 8, 8)\nelse:\n    input_shape = (8, 8, 1)\n"
                     + "model = Sequential([Conv2D(2, 3, input_shape=input_shape)])\n";
        // Default channels_last: (8, 8, 1) → (None, 6, 6, 2). After set_image_data_format('channels_first') the
        // other branch is taken and Conv2D defaults to channels_first, as in Keras: (1, 8, 8) → (None, 2, 6, 6).
        AssertRows(Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, branch, "")), ("Conv2D", "(None, 6, 6, 2)", 20));
        AssertRows(Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, branch, "K.set_image_data_format('channels_first')\n")), ("Conv2D", "(None, 2, 6, 6)", 20));
    }

    [Fact]
    public void Statements_unrelated_to_the_model_are_skipped_silently()
    {
        var source = "import numpy as np\nimport matplotlib.pyplot as plt\nfrom keras.datasets import mnist\nfrom keras.utils import to_categorical\n"
                     + "from keras.models import Sequential\nfrom keras.layers import Dense\n%matplotlib inline\n"
                     + "(x_train, y_train), (x_test, y_test) = mnist.load_data()\nx_train = x_train.reshape(60000, 784).astype('float32') / 255\n"
                     + "y_train = to_categorical(y_train, 10)\nclass_names = ['a'] * 10\nassert(len(class_names) == 10)\n"
                     + "model = Sequential([Dense(10, input_shape=(784,))])\nmodel.compile(loss='categorical_crossentropy', optimizer='adam')\n"
                     + "history = model.fit(x_train, y_train, epochs=2, verbose=1)\nprint(f'{history.history[\"loss\"][0]:.3f}')\n"
                     + "plt.plot(history.history['loss'])\ntry:\n    model.save('m.h5')\nexcept Exception as e:\n    print(e)\n"
                     + "with open('log.txt') as f:\n    f.write(str(model.count_params()))\nmodel.summary()\n";
        var result = KerasSource.Parse(source);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        AssertRows(SummaryWithoutErrors(result), ("Dense", "(None, 10)", 7850)); // (784 + 1)·10
    }

    [Fact]
    public void Batch_input_shape_input_length_and_build_give_the_input()
    {
        // Keras 2: LSTM(input_dim=3, input_length=5) means input_shape=(5, 3): 4·(2·(3 + 2) + 2) = 48.
        AssertRows(Read("from keras.models import Sequential\nfrom keras.layers import LSTM\nmodel = Sequential([LSTM(2, input_dim=3, input_length=5)])\n"),
            ("LSTM", "(None, 2)", 48));
        var stateful = Read("from keras.models import Sequential\nfrom keras.layers import Dense\nmodel = Sequential([Dense(2, batch_input_shape=(16, 3))])\n");
        Assert.Equal("(16, 2)", stateful.Rows[0].OutputShape.ToString());
        var built = Read("from keras.models import Sequential\nfrom keras.layers import Dense\nmodel = Sequential([Dense(2)])\nmodel.build((None, 5))\n");
        AssertRows(built, ("Dense", "(None, 2)", 12));
    }

    [Fact]
    public void Activations_may_be_strings_or_function_names()
    {
        var summary = Read("import tensorflow as tf\nfrom keras import activations\nmodel = tf.keras.Sequential([\n"
                           + "    tf.keras.layers.Dense(2, activation=tf.nn.relu, input_dim=2),\n    tf.keras.layers.Dense(2, activation=activations.softmax),\n"
                           + "    tf.keras.layers.Dense(2, activation='tanh'),\n    tf.keras.layers.Dense(2, activation=None)])\n");
        Assert.Equal(["relu", "softmax", "tanh", null], summary.Rows.Select(r => r.Activation));
    }

    [Fact]
    public void Frozen_layers_and_names()
    {
        var source = "from keras.models import Sequential\nfrom keras.layers import Dense\nbase = Dense(4, input_dim=3, name='base')\n"
                     + "model = Sequential([base, Dense(2, trainable=False)])\nbase.trainable = False\n"
                     + "for layer in model.layers[1:]:\n    layer.trainable = True\n";
        var summary = Read(source);
        Assert.Equal("base", summary.Rows[0].Name);
        Assert.Equal(16, summary.Rows[0].NonTrainableParams);
        Assert.Equal(10, summary.Rows[1].TrainableParams);
    }

    [Fact]
    public void Wrappers_take_layers_as_arguments()
    {
        var summary = Read("from keras.models import Sequential\nfrom keras.layers import Bidirectional, LSTM, Dense\n"
                           + "model = Sequential()\nmodel.add(Bidirectional(LSTM(4, return_sequences=True), merge_mode='sum', input_shape=(6, 2)))\n");
        // Each direction: 4·(4·(2 + 4) + 4) = 112; two directions = 224; 'sum' keeps 4 features.
        AssertRows(summary, ("Bidirectional", "(None, 6, 4)", 224));
    }

    [Fact]
    public void Padding_overloads_accept_a_number_or_pairs()
    {
        var summary = Read("from keras.models import Sequential\nfrom keras.layers import ZeroPadding2D\n"
                           + "model = Sequential([ZeroPadding2D(1, input_shape=(4, 4, 1)), ZeroPadding2D(((1, 2), (0, 3)))])\n");
        AssertRows(summary, ("ZeroPadding2D", "(None, 6, 6, 1)", 0), ("ZeroPadding2D", "(None, 9, 9, 1)", 0));
    }

    [Fact]
    public void Several_models_the_one_summarized_is_primary()
    {
        var source = "from keras.models import Sequential\nfrom keras.layers import Dense\n"
                     + "encoder = Sequential([Dense(2, input_dim=8)])\ndecoder = Sequential([Dense(8, input_dim=2)])\nencoder.summary()\n";
        var result = KerasSource.Parse(source);
        Assert.Equal(["encoder", "decoder"], result.Models.Select(m => m.VariableName));
        Assert.Equal("encoder", result.Primary!.VariableName);
        Assert.Equal(["sequential", "sequential_1"], result.Models.Select(m => m.Model!.Name));
    }

    [Fact]
    public void Several_models_without_summary_the_last_one_with_layers_is_primary()
    {
        var source = "from keras.models import Sequential\nfrom keras.layers import Dense\n"
                     + "a = Sequential([Dense(2, input_dim=8)])\nb = Sequential([Dense(8, input_dim=2)])\nc = Sequential()\n";
        var result = KerasSource.Parse(source);
        Assert.Equal("b", result.Primary!.VariableName);
        Assert.Equal(3, result.Models.Count);
    }

    [Fact]
    public void A_session_carries_variables_from_cell_to_cell()
    {
        var session = new KerasSession();
        session.Read("from keras.layers import Dense\nfrom keras.models import Sequential\nn = 5\n");
        var first = session.Read("model = Sequential([Dense(n, input_dim=2)])\n");
        Assert.Equal(15, SummaryWithoutErrors(first).Totals.Params);
        var second = session.Read("model.add(Dense(1))\n");
        var summary = SummaryWithoutErrors(second);
        Assert.Equal(21, summary.Totals.Params); // 15 + (5 + 1)·1
        Assert.Equal(2, summary.Rows.Count);
    }

    [Fact]
    public void Undecidable_conditional_expression_takes_the_value_before_if()
    {
        var source = "import sys\nfrom keras.models import Sequential\nfrom keras.layers import Dense\n"
                     + "n = 4 if sys.argv else 8\nmodel = Sequential([Dense(n, input_dim=1)])\n";
        var result = KerasSource.Parse(source);
        Assert.Equal(8, SummaryWithoutErrors(result).Totals.Params);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Line == 4);
    }

    [Fact]
    public void Strings_formatting_and_len()
    {
        var source = "from keras.models import Sequential\nfrom keras.layers import Dense\nchars = '0123456789+ '\n"
                     + "model = Sequential([Dense(len(chars), input_dim=2, name='out_{}'.format(len(chars))), Dense(1, name='d%02d' % 3)])\n";
        var summary = Read(source);
        Assert.Equal(["out_12", "d03"], summary.Rows.Select(r => r.Name));
        Assert.Equal(36, summary.Rows[0].Params); // (2 + 1)·12
    }

    [Fact]
    public void Layer_used_without_import_works_with_a_note()
    {
        var result = KerasSource.Parse("model = Sequential()\nmodel.add(Dense(3, input_dim=2))\n");
        AssertRows(SummaryWithoutErrors(result), ("Dense", "(None, 3)", 9));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(result.Diagnostics, d => d.Message == "'Dense' is used without being imported; read as keras.layers.Dense");
    }

    [Fact]
    public void A_failing_layer_argument_keeps_the_layers_before_it()
    {
        var source = "from keras.models import Sequential\nfrom keras.layers import Dense\n"
                     + "model = Sequential()\nmodel.add(Dense(4, input_dim=2))\nmodel.add(Dense(units))\nmodel.add(Dense(3))\n";
        var result = KerasSource.Parse(source);
        Assert.False(result.Primary!.IsComplete);
        Assert.Single(result.Model!.Layers);
        Assert.Equal("name 'units' is not defined", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Code_copied_from_an_interactive_session_drops_prompts_and_output()
    {
        var source = ">>> from keras.models import Sequential\n>>> from keras.layers import Dense\n>>> model = Sequential([\n"
                     + "...     Dense(32, input_dim=784),\n... ])\n>>> model.layers\n[<keras.layers.core.Dense object at 0x7f>]\n"
                     + ">>> for i in range(2):\n...     model.add(Dense(2))\n...\n";
        // (784 + 1)·32 = 25,120; (32 + 1)·2 = 66; (2 + 1)·2 = 6.
        AssertRows(Read(source), ("Dense", "(None, 32)", 25120), ("Dense", "(None, 2)", 66), ("Dense", "(None, 2)", 6));
    }

    [Fact]
    public void Code_pasted_with_a_uniform_indent_reads_from_its_first_line()
    {
        var source = "    from keras.models import Sequential\n    from keras.layers import Dense\n"
                     + "    model = Sequential()\n    if True:\n        model.add(Dense(4, input_dim=2))\n";
        AssertRows(Read(source), ("Dense", "(None, 4)", 12));
        var error = Assert.Single(KerasSource.Parse("    x = 1\ny = 2\n").Diagnostics);
        Assert.Equal("unindent does not match the indentation of the first line", error.Message);
    }

    [Fact]
    public void Main_guard_is_taken()
    {
        var source = "from keras.models import Sequential\nfrom keras.layers import Dense\n"
                     + "def main():\n    m = Sequential([Dense(2, input_dim=2)])\n    m.summary()\n\nif __name__ == '__main__':\n    main()\n";
        var result = KerasSource.Parse(source);
        Assert.Empty(result.Diagnostics);
        AssertRows(SummaryWithoutErrors(result), ("Dense", "(None, 2)", 6));
    }
}
