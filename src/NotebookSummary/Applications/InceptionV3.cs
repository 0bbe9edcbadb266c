namespace NotebookSummary;

// InceptionV3 (keras.applications.inception_v3): inception modules mixed0–mixed10 of parallel towers concatenated
// on the channels; 299×299 by default, at least 75×75. Its convolutions are unnamed (conv2d, conv2d_1, ...).
public static partial class Applications
{
    /// <summary>Keras's <c>keras.applications.InceptionV3</c>: 23,851,784 parameters with the default arguments.</summary>
    public static Model InceptionV3(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "inception_v3")
    {
        var head = new ApplicationHead(includeTop, weights, pooling, classes, classifierActivation);
        var shape = head.CheckedInputShape(inputShape, 299, 75,
            "The `weights` argument should be either `None` (random initialization), `imagenet` "
            + "(pre-training on ImageNet), or the path to the weights file to be loaded; Received: weights={0}",
            "If using `weights=\"imagenet\"` with `include_top=True`, `classes` should be 1000. Received classes={0}");
        var image = ImagenetUtils.ImageInput(inputTensor, shape);

        var x = Conv2dBn(image, 32, 3, 3, strides: 2, padding: "valid");
        x = Conv2dBn(x, 32, 3, 3, padding: "valid");
        x = Conv2dBn(x, 64, 3, 3);
        x = new MaxPooling2D((3, 3), strides: (2, 2)).Call(x);
        x = Conv2dBn(x, 80, 1, 1, padding: "valid");
        x = Conv2dBn(x, 192, 3, 3, padding: "valid");
        x = new MaxPooling2D((3, 3), strides: (2, 2)).Call(x);

        // mixed 0, 1, 2: 35 × 35
        for (int i = 0; i < 3; i++)
        {
            var b1 = Conv2dBn(x, 64, 1, 1);
            var b5 = Conv2dBn(Conv2dBn(x, 48, 1, 1), 64, 5, 5);
            var b3 = Conv2dBn(Conv2dBn(Conv2dBn(x, 64, 1, 1), 96, 3, 3), 96, 3, 3);
            var pool = Conv2dBn(AveragePool3(x), i == 0 ? 32 : 64, 1, 1);
            x = new Concatenate(axis: 3, name: $"mixed{i}").Call(b1, b5, b3, pool);
        }

        // mixed 3: 17 × 17
        {
            var b3 = Conv2dBn(x, 384, 3, 3, strides: 2, padding: "valid");
            var b3dbl = Conv2dBn(Conv2dBn(Conv2dBn(x, 64, 1, 1), 96, 3, 3), 96, 3, 3, strides: 2, padding: "valid");
            var pool = new MaxPooling2D((3, 3), strides: (2, 2)).Call(x);
            x = new Concatenate(axis: 3, name: "mixed3").Call(b3, b3dbl, pool);
        }

        // mixed 4 to 7: 17 × 17, the 7×7 towers 128, 160, 160 and 192 wide
        int[] widths = [128, 160, 160, 192];
        for (int i = 0; i < 4; i++)
        {
            int w = widths[i];
            var b1 = Conv2dBn(x, 192, 1, 1);
            var b7 = Conv2dBn(Conv2dBn(Conv2dBn(x, w, 1, 1), w, 1, 7), 192, 7, 1);
            var b7dbl = Conv2dBn(x, w, 1, 1);
            b7dbl = Conv2dBn(Conv2dBn(Conv2dBn(Conv2dBn(b7dbl, w, 7, 1), w, 1, 7), w, 7, 1), 192, 1, 7);
            var pool = Conv2dBn(AveragePool3(x), 192, 1, 1);
            x = new Concatenate(axis: 3, name: $"mixed{4 + i}").Call(b1, b7, b7dbl, pool);
        }

        // mixed 8: 8 × 8
        {
            var b3 = Conv2dBn(Conv2dBn(x, 192, 1, 1), 320, 3, 3, strides: 2, padding: "valid");
            var b7x3 = Conv2dBn(Conv2dBn(Conv2dBn(x, 192, 1, 1), 192, 1, 7), 192, 7, 1);
            b7x3 = Conv2dBn(b7x3, 192, 3, 3, strides: 2, padding: "valid");
            var pool = new MaxPooling2D((3, 3), strides: (2, 2)).Call(x);
            x = new Concatenate(axis: 3, name: "mixed8").Call(b3, b7x3, pool);
        }

        // mixed 9, 10: 8 × 8
        for (int i = 0; i < 2; i++)
        {
            var b1 = Conv2dBn(x, 320, 1, 1);
            var b3 = Conv2dBn(x, 384, 1, 1);
            var b3a = Conv2dBn(b3, 384, 1, 3);
            var b3b = Conv2dBn(b3, 384, 3, 1);
            b3 = new Concatenate(axis: 3, name: $"mixed9_{i}").Call(b3a, b3b);
            var b3dbl = Conv2dBn(Conv2dBn(x, 448, 1, 1), 384, 3, 3);
            var b3dblA = Conv2dBn(b3dbl, 384, 1, 3);
            var b3dblB = Conv2dBn(b3dbl, 384, 3, 1);
            b3dbl = new Concatenate(axis: 3).Call(b3dblA, b3dblB);
            var pool = Conv2dBn(AveragePool3(x), 192, 1, 1);
            x = new Concatenate(axis: 3, name: $"mixed{9 + i}").Call(b1, b3, b3dbl, pool);
        }

        return ImagenetUtils.Model(image, head.Apply(x, avgName: null, maxName: null), name);
    }

    private static KerasTensor AveragePool3(KerasTensor x) =>
        new AveragePooling2D((3, 3), strides: (1, 1), padding: "same").Call(x);

    // Keras's conv2d_bn (Inception): a convolution without bias, batch normalization without scale, relu; named
    // name_conv, name_bn and name when a name is given, else by Keras's counters.
    private static KerasTensor Conv2dBn(KerasTensor x, int filters, int rows, int cols, string padding = "same",
        int strides = 1, string? name = null)
    {
        x = new Conv2D(filters, (rows, cols), strides: strides, padding: padding, useBias: false,
            name: name is null ? null : $"{name}_conv").Call(x);
        x = new BatchNormalization(axis: 3, scale: false, name: name is null ? null : $"{name}_bn").Call(x);
        return new Activation("relu", name: name).Call(x);
    }
}
