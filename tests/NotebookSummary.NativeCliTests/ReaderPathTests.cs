using NotebookSummary.NativeCliTests.Support;

namespace NotebookSummary.NativeCliTests;

/// <summary>
/// Sources that reach each path of the reader that reflection or a built-in type serves, where a native program can
/// differ from the JIT: overloads tried in order (tuple overloads last), tuple and array arguments, enum names, the
/// did-you-mean list (which enumerates every layer class), Keras 1 spellings, wrappers, the Applications, notebooks
/// and the command line's own options. Each must give what the CLI gives in-process.
/// </summary>
public class ReaderPathTests
{
    private const string Head = "import keras\nfrom keras import layers\n";

    public static TheoryData<string, string> Sources() => new()
    {
        { "tuple overloads", Head + """
            model = keras.Sequential([
                keras.Input(shape=(8, 8, 8, 3)),
                layers.ZeroPadding3D(((1, 1), (2, 2), (3, 3))),
                layers.Cropping3D(((1, 0), (0, 1), (2, 2))),
                layers.ZeroPadding3D(1),
                layers.Reshape((10, 12, 60)),
                layers.ZeroPadding2D(((1, 2), (3, 4))),
                layers.ZeroPadding2D((1, 2)),
                layers.Cropping2D(((1, 1), (2, 0))),
                layers.Cropping2D(1),
                layers.Reshape((-1, 60)),
                layers.ZeroPadding1D((1, 2)),
                layers.Cropping1D((2, 1)),
            ])
            """ },
        { "enums, strings and floats", Head + """
            model = keras.Sequential([
                keras.Input(shape=(3, 32, 32)),
                layers.Conv2D(16, (3, 3), strides=(2, 2), padding="same", data_format="channels_first", activation="relu"),
                layers.UpSampling2D(size=(2, 2), data_format="channels_first", interpolation="bilinear"),
                layers.SeparableConv2D(8, 3, depth_multiplier=2, data_format="channels_first"),
                layers.GlobalAveragePooling2D(data_format="channels_first", keepdims=True),
                layers.Flatten(),
                layers.Dropout(0.25),
                layers.Dense(10, activation="softmax", use_bias=False),
            ])
            """ },
        { "normalization axes and None", Head + """
            model = keras.Sequential([
                keras.Input(shape=(4, 6)),
                layers.Normalization(axis=None),
                layers.Normalization(axis=-1),
                layers.LayerNormalization(axis=[1, 2]),
                layers.BatchNormalization(momentum=0.9, epsilon=1e-3, center=False),
                layers.Permute((2, 1)),
                layers.RepeatVector(3) if False else layers.Flatten(),
            ])
            """ },
        { "Keras 1 and 2 spellings", """
            from keras.models import Sequential
            from keras.layers import Convolution2D, MaxPooling2D, Dense, Flatten, Embedding, LSTM
            model = Sequential()
            model.add(Convolution2D(32, 3, 3, border_mode='same', input_shape=(3, 32, 32), dim_ordering='th'))
            model.add(MaxPooling2D(pool_size=(2, 2), dim_ordering='th'))
            model.add(Flatten())
            model.add(Dense(output_dim=10, init='uniform'))
            """ },
        { "wrappers and recurrent layers", Head + """
            model = keras.Sequential([
                keras.Input(shape=(20,)),
                layers.Embedding(1000, 64),
                layers.Bidirectional(layers.LSTM(32, return_sequences=True)),
                layers.TimeDistributed(layers.Dense(8)),
                layers.GRU(16, return_sequences=True, reset_after=False),
                layers.SimpleRNN(4),
            ])
            """ },
        { "a functional graph with merges, a shared layer and a nested model", Head + """
            a = keras.Input(shape=(16,), name="a")
            b = keras.Input(shape=(16,), name="b")
            shared = layers.Dense(8, name="shared")
            inner = keras.Sequential([layers.Dense(4), layers.Dense(2)], name="inner")
            x = layers.Concatenate()([shared(a), shared(b)])
            y = layers.Add()([shared(a), shared(b)])
            out = inner(layers.Concatenate(axis=-1)([x, y]))
            model = keras.Model(inputs=[a, b], outputs=out)
            """ },
        { "an application", """
            from keras.applications import MobileNetV2
            model = MobileNetV2(weights=None, input_shape=(96, 96, 3), alpha=0.5)
            """ },
        { "another application", """
            import keras
            model = keras.applications.ResNet50(weights=None, include_top=False, pooling="avg")
            """ },
        { "an unknown layer (did you mean)", Head + """
            model = keras.Sequential([keras.Input(shape=(4,)), layers.Dense(3), layers.Dens(2)])
            """ },
        { "an unknown argument and a wrong tuple", Head + """
            model = keras.Sequential([
                keras.Input(shape=(8, 8, 3)),
                layers.Conv2D(4, 3, paddin="same"),
                layers.ZeroPadding2D(((1, 2, 3), (3, 4))),
                layers.Dense(2 ** 40),
            ])
            """ },
        { "a syntax error", Head + "model = keras.Sequential([layers.Dense(3)\n" },
        { "a shape error", Head + """
            model = keras.Sequential([keras.Input(shape=(3, 3, 1)), layers.Conv2D(2, 5)])
            """ },
        { "a for loop and an InputLayer", Head + """
            model = keras.Sequential()
            model.add(layers.InputLayer(input_shape=(16, 16, 8)))
            for i in range(4):
                model.add(layers.Conv2D(8 * (i + 1), 3, padding="same"))
                model.add(layers.BatchNormalization())
                model.add(layers.Activation("relu"))
            """ },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_source_reads_the_same_as_in_process(string what, string source)
    {
        foreach (var format in new[] { "text", "json", "html" })
            SameRun.Assert(InProcessCli.Run(source, "-", "--format", format, "--formulas"),
                NativeCli.Run(source, "-", "--format", format, "--formulas"), $"({what}) --format {format}");
    }

    [Fact]
    public void Help_is_the_same_as_in_process_but_names_the_program()
    {
        // In-process, System.CommandLine names the program after the host executable (the test host).
        var reference = InProcessCli.Run("", "--help");
        string program = Path.GetFileNameWithoutExtension(Environment.GetCommandLineArgs()[0]);
        SameRun.Assert(reference with { Stdout = reference.Stdout.Replace($"  {program} [", "  nbsummary [", StringComparison.Ordinal) },
            NativeCli.Run("", "--help"), "--help");
    }

    [Fact]
    public void The_version_is_the_projects()
    {
        // In-process, the version option reports the host's version; the program's own is the one the build sets.
        var props = System.Xml.Linq.XDocument.Load(NotebookSummary.Tests.Interactive.RepositoryFiles.PathOf("Directory.Build.props"));
        string version = props.Descendants("Version").Single().Value;
        var run = NativeCli.Run("", "--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(version + "\n", run.Stdout);
    }

    [Theory]
    [InlineData("--format", "nope")]
    [InlineData("--columns", "input_shape,output_shape,params,params_percent,kernel_size,mult_adds,trainable")]
    [InlineData("--width", "120", "--show-trainable")]
    [InlineData("--format", "svg")]
    public void The_command_line_answers_the_same_as_in_process(params string[] args) =>
        SameRun.Assert(InProcessCli.Run("", args), NativeCli.Run("", args), string.Join(' ', args));

    [Fact]
    public void A_notebook_reads_the_same_as_in_process()
    {
        string file = Path.Combine(Path.GetTempPath(), $"nbs-native-{Guid.NewGuid():N}.ipynb");
        File.WriteAllText(file, """
            {"cells": [
              {"cell_type": "markdown", "metadata": {}, "source": ["# A model"]},
              {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": 1,
               "source": ["import keras\n", "from keras import layers\n"]},
              {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": 2,
               "source": ["model = keras.Sequential([keras.Input(shape=(28, 28, 1)), layers.Conv2D(32, 3), layers.Flatten(), layers.Dense(10)])\n"]}
             ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """);
        try
        {
            SameRun.Assert(InProcessCli.Run("", file), NativeCli.Run("", file), file);
            SameRun.Assert(InProcessCli.Run("", file, "--format", "json"), NativeCli.Run("", file, "--format", "json"), file + " --format json");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
