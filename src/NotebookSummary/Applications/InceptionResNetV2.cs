namespace NotebookSummary;

// InceptionResNetV2 (keras.applications.inception_resnet_v2): inception towers whose concatenation, projected back by
// a 1×1 convolution, is added to the block's input scaled down (CustomScaleLayer); 299×299, at least 75×75.
public static partial class Applications
{
    /// <summary>Keras's <c>keras.applications.InceptionResNetV2</c>: 55,873,736 parameters with the default arguments.</summary>
    public static Model InceptionResNetV2(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "inception_resnet_v2")
    {
        var head = new ApplicationHead(includeTop, weights, pooling, classes, classifierActivation);
        var shape = head.CheckedInputShape(inputShape, 299, 75,
            "The `weights` argument should be either `None` (random initialization), `imagenet` "
            + "(pre-training on ImageNet), or the path to the weights file to be loaded.",
            "If using `weights=\"imagenet\"` with `include_top` as true, `classes` should be 1000");
        var image = ImagenetUtils.ImageInput(inputTensor, shape);

        // Stem: 35 × 35 × 192
        var x = IrConv2dBn(image, 32, 3, strides: 2, padding: "valid");
        x = IrConv2dBn(x, 32, 3, padding: "valid");
        x = IrConv2dBn(x, 64, 3);
        x = new MaxPooling2D(3, strides: 2).Call(x);
        x = IrConv2dBn(x, 80, 1, padding: "valid");
        x = IrConv2dBn(x, 192, 3, padding: "valid");
        x = new MaxPooling2D(3, strides: 2).Call(x);

        // Mixed 5b (Inception-A): 35 × 35 × 320
        {
            var b0 = IrConv2dBn(x, 96, 1);
            var b1 = IrConv2dBn(IrConv2dBn(x, 48, 1), 64, 5);
            var b2 = IrConv2dBn(IrConv2dBn(IrConv2dBn(x, 64, 1), 96, 3), 96, 3);
            var pool = IrConv2dBn(new AveragePooling2D(3, strides: 1, padding: "same").Call(x), 64, 1);
            x = new Concatenate(axis: 3, name: "mixed_5b").Call(b0, b1, b2, pool);
        }
        int channels = 320;
        for (int i = 1; i <= 10; i++) x = InceptionResNetBlock(x, channels, 0.17, "block35", i);

        // Mixed 6a (Reduction-A): 17 × 17 × 1088
        {
            var b0 = IrConv2dBn(x, 384, 3, strides: 2, padding: "valid");
            var b1 = IrConv2dBn(IrConv2dBn(IrConv2dBn(x, 256, 1), 256, 3), 384, 3, strides: 2, padding: "valid");
            var pool = new MaxPooling2D(3, strides: 2, padding: "valid").Call(x);
            x = new Concatenate(axis: 3, name: "mixed_6a").Call(b0, b1, pool);
        }
        channels = 1088;
        for (int i = 1; i <= 20; i++) x = InceptionResNetBlock(x, channels, 0.1, "block17", i);

        // Mixed 7a (Reduction-B): 8 × 8 × 2080
        {
            var b0 = IrConv2dBn(IrConv2dBn(x, 256, 1), 384, 3, strides: 2, padding: "valid");
            var b1 = IrConv2dBn(IrConv2dBn(x, 256, 1), 288, 3, strides: 2, padding: "valid");
            var b2 = IrConv2dBn(IrConv2dBn(IrConv2dBn(x, 256, 1), 288, 3), 320, 3, strides: 2, padding: "valid");
            var pool = new MaxPooling2D(3, strides: 2, padding: "valid").Call(x);
            x = new Concatenate(axis: 3, name: "mixed_7a").Call(b0, b1, b2, pool);
        }
        channels = 2080;
        for (int i = 1; i <= 9; i++) x = InceptionResNetBlock(x, channels, 0.2, "block8", i);
        x = InceptionResNetBlock(x, channels, 1.0, "block8", 10, activation: null);

        x = IrConv2dBn(x, 1536, 1, name: "conv_7b");
        return ImagenetUtils.Model(image, head.Apply(x, avgName: null, maxName: null), name);
    }

    // Keras's inception_resnet_block: the towers of the block type, concatenated, projected to the input's channels,
    // added to the input by CustomScaleLayer, then relu (none in the last block).
    private static KerasTensor InceptionResNetBlock(KerasTensor x, int channels, double scale, string blockType, int blockIdx,
        string? activation = "relu")
    {
        KerasTensor[] branches = blockType switch
        {
            "block35" =>
            [
                IrConv2dBn(x, 32, 1),
                IrConv2dBn(IrConv2dBn(x, 32, 1), 32, 3),
                IrConv2dBn(IrConv2dBn(IrConv2dBn(x, 32, 1), 48, 3), 64, 3),
            ],
            "block17" => [IrConv2dBn(x, 192, 1), IrConv2dBn(IrConv2dBn(IrConv2dBn(x, 128, 1), 160, (1, 7)), 192, (7, 1))],
            _ => [IrConv2dBn(x, 192, 1), IrConv2dBn(IrConv2dBn(IrConv2dBn(x, 192, 1), 224, (1, 3)), 256, (3, 1))],
        };
        string blockName = $"{blockType}_{blockIdx}";
        var mixed = new Concatenate(axis: 3, name: $"{blockName}_mixed").Call(branches);
        var up = IrConv2dBn(mixed, channels, 1, activation: null, useBias: true, name: $"{blockName}_conv");
        x = new CustomScaleLayer(scale).Call(x, up);
        return activation is null ? x : new Activation(activation, name: $"{blockName}_ac").Call(x);
    }

    // InceptionResNetV2's conv2d_bn: a convolution, batch normalization without scale unless it has a bias, and an
    // activation; named name, name_bn and name_ac when a name is given.
    private static KerasTensor IrConv2dBn(KerasTensor x, int filters, Size kernelSize, int strides = 1, string padding = "same",
        string? activation = "relu", bool useBias = false, string? name = null)
    {
        x = new Conv2D(filters, kernelSize, strides: strides, padding: padding, useBias: useBias, name: name).Call(x);
        if (!useBias) x = new BatchNormalization(axis: 3, scale: false, name: name is null ? null : $"{name}_bn").Call(x);
        if (activation is not null) x = new Activation(activation, name: name is null ? null : $"{name}_ac").Call(x);
        return x;
    }
}
