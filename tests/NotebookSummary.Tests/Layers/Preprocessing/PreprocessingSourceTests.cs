using NotebookSummary.Keras;
using NotebookSummary.Tests.Layers.Core;

namespace NotebookSummary.Tests.Layers.Preprocessing;

/// <summary>
/// Keras source using the preprocessing layers in Sequential models, read by the reader: each row equals the row real
/// Keras 3 reported for the same layer on the same input in a functional conformance case.
/// </summary>
public class PreprocessingSourceTests
{
    private static NotebookSummary.Analysis.ModelSummary Read(string source)
    {
        var result = KerasSource.Parse(source);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(result.Render)));
        var summary = result.Summarize().Summary!;
        Assert.True(summary.IsValid, summary.Error?.ToString());
        return summary;
    }

    [Fact]
    public void The_keras_io_augmentation_model_of_case_0073_flattened_into_one_sequential()
    {
        // Case 0073 nests the augmentation in its own Sequential; the same layers in one chain give the same rows.
        var summary = Read("""
            import keras
            from keras import layers

            model = keras.Sequential([
                keras.Input(shape=(180, 180, 3)),
                layers.RandomFlip("horizontal"),
                layers.RandomRotation(0.1),
                layers.Rescaling(1.0 / 255),
                layers.Conv2D(32, 3, strides=2, activation="relu"),
                layers.Conv2D(64, 3, activation="relu"),
                layers.GlobalAveragePooling2D(),
                layers.Dropout(0.3),
                layers.Dense(1, activation="sigmoid"),
            ])
            """);
        string[] names = ["random_flip", "random_rotation", "rescaling", "conv2d", "conv2d_1", "global_average_pooling2d", "dropout", "dense"];
        Assert.Equal(names.Length, summary.Rows.Count);
        for (int i = 0; i < names.Length; i++) ConformanceCase.Functional("0073").Row(names[i]).AssertLayerValues(summary.Rows[i]);
        Assert.Equal(19457, summary.Totals.Params); // case 0073's total
    }

    [Fact]
    public void EfficientNet_b0s_stem_of_case_0116()
    {
        var summary = Read("""
            from tensorflow import keras
            from tensorflow.keras import layers

            model = keras.Sequential([
                layers.Rescaling(1.0 / 255.0, input_shape=(224, 224, 3)),
                layers.Normalization(axis=-1),
                layers.ZeroPadding2D(padding=((0, 1), (0, 1)), name="stem_conv_pad"),
                layers.Conv2D(32, 3, strides=2, padding="valid", use_bias=False, name="stem_conv"),
                layers.BatchNormalization(axis=3, name="stem_bn"),
                layers.Activation("swish", name="stem_activation"),
            ])
            """);
        string[] names = ["rescaling", "normalization", "stem_conv_pad", "stem_conv", "stem_bn", "stem_activation"];
        for (int i = 0; i < names.Length; i++) ConformanceCase.Functional("0116").Row(names[i]).AssertLayerValues(summary.Rows[i]);
        Assert.Equal(7, summary.Totals.NonTrainableParams - 64); // normalization's 7 plus stem_bn's moving statistics
    }

    [Fact]
    public void Every_preprocessing_layer_reads_with_keras_arguments()
    {
        var summary = Read("""
            import keras
            from keras import layers

            model = keras.Sequential([
                keras.Input(shape=(200, 240, 3)),
                layers.Resizing(180, 180, interpolation="bilinear", crop_to_aspect_ratio=True),
                layers.CenterCrop(160, 160),
                layers.RandomCrop(150, 150, seed=7),
                layers.RandomFlip("horizontal_and_vertical", seed=1),
                layers.RandomRotation((-0.2, 0.3), fill_mode="nearest"),
                layers.RandomZoom(height_factor=0.2, width_factor=None),
                layers.RandomTranslation(0.1, [-0.2, 0.2]),
                layers.RandomContrast(factor=0.5),
                layers.RandomBrightness(0.2, value_range=(0, 255)),
                layers.Rescaling(scale=1 / 127.5, offset=-1),
                layers.Normalization(axis=None),
                layers.Normalization(mean=[0.5, 0.5, 0.5], variance=[0.25, 0.25, 0.25]),
            ])
            """);
        Assert.Equal(
            ["(None, 180, 180, 3)", "(None, 160, 160, 3)", "(None, 150, 150, 3)", "(None, 150, 150, 3)", "(None, 150, 150, 3)",
             "(None, 150, 150, 3)", "(None, 150, 150, 3)", "(None, 150, 150, 3)", "(None, 150, 150, 3)", "(None, 150, 150, 3)",
             "(None, 150, 150, 3)", "(None, 150, 150, 3)"],
            summary.Rows.Select(r => r.OutputShape.ToString()));
        // Only the adaptable Normalization(axis=None) has weights: scalar mean, variance and count.
        Assert.Equal(3, summary.Totals.Params);
        Assert.Equal(3, summary.Totals.NonTrainableParams);
        Assert.Contains(summary.Rows[4].WalkThrough.Notes, n => n.Contains("[-72°, 108°]"));
    }

    [Fact]
    public void A_bad_argument_is_a_model_error_at_the_layers_line()
    {
        var result = KerasSource.Parse("""
            import keras
            from keras import layers

            model = keras.Sequential([
                keras.Input(shape=(32, 32, 3)),
                layers.RandomRotation(2.0),
            ])
            """);
        var summary = result.Summarize();
        var error = summary.ModelError!;
        Assert.Equal("RandomRotation argument 'factor' must be a number or a pair of numbers in [-1, 1], but it is 2.0", error.Message);
        Assert.Equal(6, error.Line);
    }
}
