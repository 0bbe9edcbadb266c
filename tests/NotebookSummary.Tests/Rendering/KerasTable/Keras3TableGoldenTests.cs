using System.Text.RegularExpressions;
using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.KerasTable;

/// <summary>
/// The Keras 3 table against the text real Keras 3.15.1 printed (keras3_summary.txt and keras3_summary_trainable.txt
/// of the conformance cases, line_length 76), byte for byte.
/// </summary>
public class Keras3TableGoldenTests
{
    private static readonly KerasTableOptions Trainable = new() { ShowTrainable = true };

    private static void AssertGoldens(string id, Sequential model)
    {
        var c = ConformanceCase.Load(id);
        var summary = model.Summarize();
        c.AssertMatches(summary); // the model really is the case's model
        Assert.Equal(c.Keras3Summary(), KerasTableRenderer.Render(summary));
        Assert.Equal(c.Keras3Summary(showTrainable: true), KerasTableRenderer.Render(summary, Trainable));
    }

    // ---- models built with the C# API ------------------------------------------------------------

    [Fact]
    public void Case_0001_proof_of_principle_channels_first() => AssertGoldens("0001", SeedModels.ProofOfPrinciple());

    [Fact]
    public void Case_0003_vgg16_channels_first_truncates_a_wide_count_with_an_ellipsis() =>
        AssertGoldens("0003", SeedModels.Vgg16ChannelsFirst());

    [Fact]
    public void Case_0005_dense_and_activation_layers() => AssertGoldens("0005", new Sequential
    {
        new Input(4),
        new Dense(7),
        new Activation("sigmoid"),
        new Dense(13),
        new Activation("sigmoid"),
        new Dense(5),
        new Activation("softmax"),
    });

    [Fact]
    public void Case_0013_vgg_like_convnet() => AssertGoldens("0013", SeedModels.VggLike());

    [Fact]
    public void Case_0026_vgg16_channels_last() => AssertGoldens("0026", SeedModels.Vgg16());

    [Fact]
    public void Case_0032_mnist_cnn() => AssertGoldens("0032", new Sequential
    {
        new Conv2D(32, kernelSize: (3, 3), activation: "relu", inputShape: (28, 28, 1)),
        new Conv2D(64, (3, 3), activation: "relu"),
        new MaxPooling2D((2, 2)),
        new Dropout(0.25),
        new Flatten(),
        new Dense(128, activation: "relu"),
        new Dropout(0.5),
        new Dense(10, activation: "softmax"),
    });

    [Fact]
    public void Case_0045_cifar_style_convnet() => AssertGoldens("0045", new Sequential
    {
        new Conv2D(32, (3, 3), activation: "relu", inputShape: (100, 100, 3)),
        new Conv2D(32, (3, 3), activation: "relu"),
        new MaxPooling2D((2, 2)),
        new Dropout(0.25),
        new Conv2D(64, (3, 3), activation: "relu"),
        new Conv2D(64, (3, 3), activation: "relu"),
        new MaxPooling2D((2, 2)),
        new Dropout(0.25),
        new Flatten(),
        new Dense(256, activation: "relu"),
        new Dropout(0.5),
        new Dense(10, activation: "softmax"),
    });

    [Fact]
    public void Case_0065_conv3d_prints_five_dimensional_shapes() => AssertGoldens("0065", new Sequential
    {
        new Conv3D(32, (3, 3, 3), activation: "relu", padding: "same", inputShape: new[] { 16, 64, 64, 3 }),
        new MaxPooling3D((1, 2, 2), strides: (1, 2, 2)),
        new Conv3D(64, (3, 3, 3), activation: "relu", padding: "same"),
        new MaxPooling3D((2, 2, 2)),
        new Conv3D(128, (3, 3, 3), activation: "relu", padding: "same"),
        new MaxPooling3D((2, 2, 2)),
        new Flatten(),
        new Dense(256, activation: "relu"),
        new Dropout(0.5),
        new Dense(10, activation: "softmax"),
    });

    [Fact]
    public void Case_0061_wrappers_show_their_own_class_name() => AssertGoldens("0061", new Sequential
    {
        new Bidirectional(new LSTM(20, returnSequences: true), mergeMode: "concat", inputShape: (10, 1)),
        new TimeDistributed(new Dense(1, "sigmoid")),
    });

    [Fact]
    public void Case_0066_frozen_layers_are_N_in_the_trainable_column() =>
        AssertGoldens("0066", CaseModels.FrozenAndBatchNorm());

    [Fact]
    public void Case_0047_dcgan_generator() => AssertGoldens("0047", CaseModels.DcganGenerator());

    [Fact]
    public void Case_0039_addition_rnn() => AssertGoldens("0039", new Sequential
    {
        new LSTM(128, inputShape: (7, 12)),
        new RepeatVector(4),
        new LSTM(128, returnSequences: true),
        new TimeDistributed(new Dense(12, activation: "softmax")),
    });

    // ---- every golden, from the rows Keras reported ------------------------------------------------

    public static TheoryData<string> CasesWithKeras3Text() => ConformanceCases.SequentialPrintedByKeras3();

    [Theory]
    [MemberData(nameof(CasesWithKeras3Text))]
    public void Every_golden_is_reproduced_from_the_rows_keras_reported(string id)
    {
        var c = ConformanceCase.Load(id);
        string golden = c.Keras3Summary()!;
        // The model name is an input of the table, taken from the golden's first line.
        string name = Regex.Match(golden, "^Model: \"(.*)\"\n").Groups[1].Value;
        var summary = RecordedModel.Of(c, name).Summarize();
        c.AssertMatches(summary);
        Assert.Equal(golden, KerasTableRenderer.Render(summary));
        Assert.Equal(c.Keras3Summary(showTrainable: true), KerasTableRenderer.Render(summary, Trainable));
    }

    [Fact]
    public void Fifty_seven_cases_have_keras3_text() => Assert.Equal(57, CasesWithKeras3Text().Count);
}
