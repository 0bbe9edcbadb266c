using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.KerasTable;

/// <summary>
/// The tf.keras 2.x table against the summaries printed in seeds 001, 002 (Keras 2.0) and 004 (tf.keras 2.x).
/// Layer names are the seeds' (numbered by their notebook sessions), given explicitly.
/// </summary>
public class Keras2TableTests
{
    private static readonly KerasTableOptions Keras2 = new() { Style = KerasTableStyle.Keras2 };
    private static readonly string Rule = new('_', 65);

    private static string[] RenderLines(Sequential model) =>
        KerasTableRenderer.Render(model.Summarize(), Keras2).Split('\n')[..^1];

    // Keras 2.0 (seeds 001, 002) printed no Model line, and the notebooks lost the '=' rules: compare the rest.
    private static List<string> WithoutModelLineAndEqualsRules(IEnumerable<string> lines) =>
        lines.Where(l => !l.StartsWith("Model: ", StringComparison.Ordinal) && !(l.Length > 0 && l.All(c => c == '='))).ToList();

    private static List<string> SeedBlock(string seed, string anchor) =>
        SeedText.Block(SeedText.Lines(seed), anchor, l => l == Rule, l => l.Length == 0);

    [Fact]
    public void Output_ends_every_line_with_a_newline()
    {
        var text = KerasTableRenderer.Render(new Sequential { new Dense(2, inputDim: 3) }.Summarize(), Keras2);
        Assert.EndsWith("_\n", text);
        Assert.DoesNotContain("\r", text);
    }

    [Fact]
    public void Seed_004_tf_keras_summary_is_reproduced()
    {
        // The blog printed tf.keras 2.x's summary with trailing spaces stripped; Keras pads rows to 65 characters.
        var expected = SeedText.Block(SeedText.Lines("004"), "Unsurprisingly, we can! ðŸ˜€ It would look like this:",
            l => l.StartsWith("Model: ", StringComparison.Ordinal), l => l.StartsWith("```", StringComparison.Ordinal));
        var model = new Sequential
        {
            new Conv2D(32, kernelSize: (3, 3), activation: "relu", inputShape: (32, 32, 3)),
            new Conv2D(64, kernelSize: (3, 3), activation: "relu"),
            new Conv2D(128, kernelSize: (3, 3), activation: "relu"),
            new Flatten(),
            new Dense(128, activation: "relu"),
            new Dense(10, activation: "softmax"),
        };
        var lines = RenderLines(model);
        Assert.Equal(expected, lines.Select(l => l.TrimEnd()));
        // Rows and rules are exactly the line length.
        Assert.All(lines.Skip(1).Where(l => !l.Contains("params")), l => Assert.Equal(65, l.Length));
    }

    [Fact]
    public void Seed_001_dense_and_activation_summary_is_reproduced_with_keras_padding()
    {
        var expected = SeedBlock("001", "model.summary()");
        var model = new Sequential
        {
            new Dense(7, inputShape: new[] { 4 }, name: "dense_4"),
            new Activation("sigmoid", name: "activation_4"),
            new Dense(13, name: "dense_5"),
            new Activation("sigmoid", name: "activation_5"),
            new Dense(5, name: "dense_6"),
            new Activation("softmax", name: "activation_6"),
        };
        Assert.Equal(expected, WithoutModelLineAndEqualsRules(RenderLines(model)));
    }

    [Fact]
    public void Seed_001_cnn_rows_are_cut_to_their_column_as_keras_2_cuts_them()
    {
        // The seed's printout breaks off after flatten_5: compare the complete lines it has.
        var expected = SeedBlock("001", "In [16]:");
        expected.RemoveAt(expected.Count - 1); // "__________", cut off by the notebook export
        var model = new Sequential
        {
            new Conv2D(32, kernelSize: (3, 2), inputShape: (8, 8, 1), name: "conv2d_13"),
            new Activation("relu", name: "activation_11"),
            new Conv2D(64, (2, 3), activation: "relu", name: "conv2d_14"),
            new Conv2D(64, (2, 2), activation: "relu", name: "conv2d_15"),
            new MaxPooling2D((2, 2), name: "max_pooling2d_5"),
            new Dropout(0.25, name: "dropout_9"),
            new Flatten(name: "flatten_5"),
            new Dense(128, activation: "relu", name: "dense_15"),
            new Dropout(0.5, name: "dropout_10"),
            new Dense(10, activation: "softmax", name: "dense_16"),
        };
        var lines = WithoutModelLineAndEqualsRules(RenderLines(model));
        Assert.Equal(expected, lines.Take(expected.Count));
        Assert.Contains("max_pooling2d_5 (MaxPooling2 (None, 2, 2, 64)          0         ", lines);
    }

    [Fact]
    public void Seed_002_mlp_rows_are_reproduced()
    {
        // Keras 2.0 printed float totals ("573.0"); tf.keras 2.x prints "573". Compare up to the totals.
        var expected = SeedBlock("002", "In [49]:").TakeWhile(l => !l.StartsWith("Total params", StringComparison.Ordinal)).ToList();
        var model = new Sequential
        {
            new Dense(7, activation: "relu", inputDim: 20, name: "dense_16"),
            new Dropout(0.5, name: "dropout_12"),
            new Dense(13, activation: "relu", name: "dense_17"),
            new Dropout(0.5, name: "dropout_13"),
            new Dense(23, activation: "softmax", name: "dense_18"),
        };
        var lines = WithoutModelLineAndEqualsRules(RenderLines(model));
        Assert.Equal(expected, lines.Take(expected.Count));
        Assert.Equal(["Total params: 573", "Trainable params: 573", "Non-trainable params: 0", Rule], lines.Skip(expected.Count));
    }

    [Fact]
    public void Seed_002_vgg_like_rows_printed_from_a_1000_pixel_input_are_reproduced()
    {
        // Seed 002 printed this table from a 1000×1000 input although its code says 100×100 (conformance 0014).
        var expected = SeedBlock("002", "In [93]:");
        expected.RemoveAt(expected.Count - 1); // cut-off rule
        var model = new Sequential
        {
            new Conv2D(7, (3, 3), activation: "relu", inputShape: (1000, 1000, 3), name: "conv2d_13"),
            new Conv2D(13, (3, 3), activation: "relu", name: "conv2d_14"),
            new MaxPooling2D((2, 2), name: "max_pooling2d_7"),
            new Dropout(0.25, name: "dropout_29"),
            new Conv2D(17, (3, 3), activation: "relu", name: "conv2d_15"),
            new Conv2D(19, (3, 3), activation: "relu", name: "conv2d_16"),
            new MaxPooling2D((2, 2), name: "max_pooling2d_8"),
        };
        Assert.Equal(expected, WithoutModelLineAndEqualsRules(RenderLines(model)).Take(expected.Count));
    }

    [Fact]
    public void Seed_002_conv1d_rows_cut_a_long_name_inside_its_class()
    {
        var expected = SeedBlock("002", "In [136]:");
        expected.RemoveAt(expected.Count - 1); // cut-off rule
        var model = new Sequential
        {
            new Conv1D(13, 5, activation: "relu", inputShape: (70, 103), name: "conv1d_32"),
            new Conv1D(17, 4, activation: "relu", name: "conv1d_33"),
            new MaxPooling1D(3, name: "max_pooling1d_9"),
            new Conv1D(19, 7, activation: "relu", name: "conv1d_34"),
            new Conv1D(23, 6, activation: "relu", name: "conv1d_35"),
            new GlobalAveragePooling1D(name: "global_average_pooling1d_8"),
            new Dropout(0.5, name: "dropout_40"),
            new Dense(1, activation: "sigmoid", name: "dense_30"),
        };
        var lines = WithoutModelLineAndEqualsRules(RenderLines(model));
        Assert.Equal(expected, lines.Take(expected.Count));
        Assert.Contains("global_average_pooling1d_8 ( (None, 23)                0         ", lines);
    }

    [Fact]
    public void Seed_001_dcnn_rows_cut_conv2d_transpose_names()
    {
        var expected = SeedBlock("001", "In [38]:");
        expected.RemoveAt(expected.Count - 1); // "Total para", cut off by the notebook export
        var model = new Sequential
        {
            new Conv2DTranspose(5, kernelSize: (2, 2), activation: "relu", inputShape: (40, 110, 1), name: "conv2d_transpose_9"),
            new MaxPooling2D((2, 2), name: "max_pooling2d_9"),
            new Conv2DTranspose(3, kernelSize: (2, 2), activation: "relu", name: "conv2d_transpose_10"),
            new Flatten(name: "flatten_9"),
            new Dense(158, activation: "relu", name: "dense_23"),
            new Dropout(0.5, name: "dropout_14"),
            new Dense(10, activation: "softmax", name: "dense_24"),
        };
        var lines = WithoutModelLineAndEqualsRules(RenderLines(model));
        Assert.Equal(expected, lines.Take(expected.Count));
        Assert.Equal("Total params: 559,260", lines[expected.Count]); // 25 + 63 + 557,582 + 1,590
    }

    [Fact]
    public void Seed_002_lstm_rows_are_reproduced()
    {
        var expected = SeedBlock("002", "In [70]:").TakeWhile(l => !l.StartsWith("Total params", StringComparison.Ordinal)).ToList();
        var model = new Sequential
        {
            new Embedding(7, outputDim: 13, name: "embedding_5"),
            new LSTM(17, name: "lstm_5"),
            new Dropout(0.5, name: "dropout_26"),
            new Dense(1, activation: "sigmoid", name: "dense_29"),
        };
        var lines = WithoutModelLineAndEqualsRules(RenderLines(model));
        Assert.Equal(expected, lines.Take(expected.Count));
        Assert.Equal("Total params: 2,217", lines[expected.Count]);
    }

    [Fact]
    public void Keras_2_layout_follows_the_positions_at_another_line_length()
    {
        // line_length 40: columns end at int(40·0.45) = 18, int(40·0.85) = 34, 40. Fields are cut to 17, 15 and 6
        // characters, each of the first two followed by a space.
        var model = new Sequential { new Conv2D(32, 3, inputShape: (28, 28, 1)), new MaxPooling2D(2) };
        var text = KerasTableRenderer.Render(model.Summarize(), Keras2 with { LineLength = 40 });
        Assert.Equal(
            "Model: \"sequential\"\n" +
            "________________________________________\n" +
            "Layer (type)      Output Shape    Param \n" +
            "========================================\n" +
            "conv2d (Conv2D)   (None, 26, 26,  320   \n" +
            "________________________________________\n" +
            "max_pooling2d (Ma (None, 13, 13,  0     \n" +
            "========================================\n" +
            "Total params: 320\n" +
            "Trainable params: 320\n" +
            "Non-trainable params: 0\n" +
            "________________________________________\n", text);
    }

    [Fact]
    public void Keras_2_has_no_trainable_column()
    {
        var summary = new Sequential { new Dense(2, inputDim: 3) }.Summarize();
        Assert.Throws<ArgumentException>(() => KerasTableRenderer.Render(summary, Keras2 with { ShowTrainable = true }));
    }
}
