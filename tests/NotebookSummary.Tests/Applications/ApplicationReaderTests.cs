using NotebookSummary.Analysis;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras;
using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Applications;

/// <summary>
/// Keras Applications in pasted code: every way Keras exports them, the transfer-learning pattern (a frozen base
/// called on an Input), and Keras's own argument errors, reported at the call with a hint.
/// </summary>
public class ApplicationReaderTests
{
    private static ModelSummary Summarize(string source)
    {
        var read = KerasSource.Parse(source);
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        var summarized = read.Summarize();
        Assert.False(summarized.HasErrors, string.Join("\n", summarized.Diagnostics));
        return summarized.Summary!;
    }

    private static string SingleError(string source)
    {
        var read = KerasSource.Parse(source);
        var errors = read.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Single(errors);
        Assert.DoesNotContain("internal error", errors[0].Message);
        Assert.NotNull(errors[0].Hint);
        return errors[0].Message;
    }

    [Theory]
    [InlineData("import keras\nmodel = keras.applications.ResNet50(weights=None)", "resnet50", 25_636_712)]
    [InlineData("import keras\nmodel = keras.applications.resnet50.ResNet50(weights=None)", "resnet50", 25_636_712)]
    [InlineData("import keras\nmodel = keras.applications.resnet.ResNet50(weights=None)", "resnet50", 25_636_712)]
    [InlineData("from keras.applications import VGG19\nmodel = VGG19(weights=None)", "vgg19", 143_667_240)]
    [InlineData("from tensorflow.keras.applications.mobilenet_v2 import MobileNetV2\nmodel = MobileNetV2(weights=None)", "mobilenetv2_1.00_224", 3_538_984)]
    [InlineData("import tensorflow as tf\nmodel = tf.keras.applications.ResNet50V2(True, None)", "resnet50v2", 25_613_800)]
    [InlineData("import keras\nmodel = keras.applications.MobileNet(input_shape=(160, 160, 3))", "mobilenet_1.00_160", 4_253_864)]
    [InlineData("import keras\nmodel = keras.applications.MobileNetV2(input_shape=(100, 100, 3), include_top=False)", "mobilenetv2_1.00_224", 2_257_984)]
    [InlineData("from keras import applications\nmodel = applications.EfficientNetB0(weights=None, name='b0')", "b0", 5_330_571)]
    public void Every_export_of_an_application_builds_it(string source, string name, long total)
    {
        var summary = Summarize(source);
        Assert.Equal(name, summary.Name);
        Assert.Equal(total, summary.Totals.Params);
    }

    // Transfer learning as TensorFlow's transfer-learning tutorial writes it. A MobileNetV2 without its top
    // has 3,538,984 − (1280·1000 + 1000) = 2,257,984 parameters (Keras's total, less its classifier), all frozen; the
    // new Dense has 1280 + 1. Keras names the base's Input first, so the code's own Input is input_layer_1.
    internal const string TransferLearning = """
        import keras
        from keras import layers

        base = keras.applications.MobileNetV2(input_shape=(160, 160, 3), include_top=False, weights="imagenet")
        base.trainable = False
        inputs = keras.Input(shape=(160, 160, 3))
        x = base(inputs, training=False)
        x = layers.GlobalAveragePooling2D()(x)
        outputs = layers.Dense(1)(x)
        model = keras.Model(inputs, outputs)
        model.summary(show_trainable=True)
        """;

    [Fact]
    public void The_transfer_learning_example_shows_the_frozen_base_as_one_functional_row()
    {
        var summary = Summarize(TransferLearning);
        Assert.Equal(["input_layer_1", "mobilenetv2_1.00_160", "global_average_pooling2d", "dense"], summary.Rows.Select(r => r.Name));
        var baseRow = summary.Rows[1];
        Assert.Equal("Functional", baseRow.ClassName);
        Assert.Equal(new Shape(null, 5, 5, 1280), baseRow.OutputShape);
        Assert.False(baseRow.Trainable);
        Assert.Equal(2_257_984, baseRow.NonTrainableParams);
        Assert.Equal(2_259_265, summary.Totals.Params);
        Assert.Equal(1_281, summary.Totals.TrainableParams);
        Assert.Contains("│ mobilenetv2_1.00_160        │ (None, 5, 5, 1280)    │  2,257,984 │   N   │",
            KerasTableRenderer.Render(summary, new KerasTableOptions { ShowTrainable = true }));
    }

    [Fact]
    public void Freezing_layers_of_a_base_already_built_warns_that_its_calls_keep_them_as_they_were()
    {
        // Layers are immutable: the architecture's layers were called when it was built, as the code's own are when
        // it calls them, so a later layer.trainable = False is the same warning as for them, not a silent no-op.
        var read = KerasSource.Parse("""
            import keras
            base = keras.applications.MobileNetV2(input_shape=(160, 160, 3), include_top=False, weights=None)
            for layer in base.layers[:100]:
                layer.trainable = False
            """);
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        var warning = Assert.Single(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains("'trainable' is set after the layer was called on tensors", warning.Message);
    }

    [Fact]
    public void A_base_given_an_input_tensor_starts_from_the_code_s_input()
    {
        var summary = Summarize("""
            import keras
            inputs = keras.Input(shape=(64, 64, 3), name="pixels")
            base = keras.applications.VGG16(include_top=False, weights=None, input_tensor=inputs, pooling="max")
            """);
        Assert.Equal("pixels", summary.Rows[0].Name);
        Assert.Equal("global_max_pooling2d", summary.Rows[^1].Name);
        Assert.Equal(new Shape(null, 512), summary.Rows[^1].OutputShape);
        Assert.Equal(14_714_688, summary.Totals.Params); // VGG16's convolutions, as in case 0124
    }

    [Theory]
    [InlineData("keras.applications.ResNet50(classes=10)",
        "ResNet50(): If using `weights='imagenet'` with `include_top=True`, `classes` should be 1000.  Received classes=10")]
    [InlineData("keras.applications.ResNet50(include_top=False, weights=None, input_shape=(16, 16, 3))",
        "ResNet50(): Input size must be at least 32x32; Received: input_shape=(16, 16, 3)")]
    [InlineData("keras.applications.ResNet50(input_shape=(200, 200, 3))",
        "ResNet50(): When setting `include_top=True` and loading `imagenet` weights, `input_shape` should be (224, 224, 3).  Received: input_shape=(200, 200, 3)")]
    [InlineData("keras.applications.VGG16(include_top=False, input_shape=(64, 64, 1))",
        "VGG16(): The input must have 3 channels; Received `input_shape=(64, 64, 1)`")]
    [InlineData("keras.applications.VGG16(weights=None, input_shape=(None, None, 3))",
        "VGG16(): If `include_top` is True, you should specify a static `input_shape`. Received: input_shape=(None, None, 3)")]
    [InlineData("keras.applications.ResNet50(weights='imagenet21k')",
        "ResNet50(): The `weights` argument should be either `None` (random initialization), 'imagenet' (pre-training on ImageNet), or the path to the weights file to be loaded.  Received: weights=imagenet21k")]
    [InlineData("keras.applications.MobileNetV2(alpha=0.6)",
        "MobileNetV2(): If imagenet weights are being loaded, alpha must be one of `0.35`, `0.50`, `0.75`, `1.0`, `1.3` or `1.4` only; Received `alpha=0.6`")]
    [InlineData("keras.applications.ResNet50(classifier_activation='relu')",
        "ResNet50(): Only `None` and `softmax` activations are allowed for the `classifier_activation` argument when using pretrained weights, with `include_top=True`; Received: classifier_activation=relu")]
    [InlineData("keras.applications.ResNet50(weight=None)", "unknown argument 'weight' for ResNet50 — did you mean 'weights'?")]
    [InlineData("keras.applications.resnet50.ResNet101(weights=None)", "module 'keras.applications.resnet50' has no attribute 'ResNet101'")]
    [InlineData("keras.applications.ResNet51(weights=None)", "keras.applications has no architecture 'ResNet51' — did you mean 'ResNet50'?")]
    public void Keras_s_argument_errors_are_reported_at_the_call(string call, string message) =>
        Assert.Equal(message, SingleError($"import keras\nmodel = {call}\n"));

    [Fact]
    public void An_application_in_a_channels_first_session_is_refused_with_a_hint() =>
        Assert.Contains("channels_last data format only", SingleError(
            "import keras\nkeras.config.set_image_data_format('channels_first')\nmodel = keras.applications.ResNet50(weights=None)\n"));
}
