namespace NotebookSummary;

// DenseNet121/169/201 (keras.applications.densenet): dense blocks whose every convolution block concatenates 32 new
// channels to its input, with transitions that halve the channels and the size.
public static partial class Applications
{
    /// <summary>Keras's <c>keras.applications.DenseNet121</c>: 8,062,504 parameters with the default arguments.</summary>
    public static Model DenseNet121(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "densenet121") =>
        DenseNet([6, 12, 24, 16], includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, name);

    /// <summary>Keras's <c>keras.applications.DenseNet169</c>: 14,307,880 parameters with the default arguments.</summary>
    public static Model DenseNet169(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "densenet169") =>
        DenseNet([6, 12, 32, 32], includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, name);

    /// <summary>Keras's <c>keras.applications.DenseNet201</c>.</summary>
    public static Model DenseNet201(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "densenet201") =>
        DenseNet([6, 12, 48, 32], includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, name);

    private static Model DenseNet(int[] blocks, bool includeTop, string? weights, KerasTensor? inputTensor, Size? inputShape,
        string? pooling, int classes, string? classifierActivation, string name)
    {
        var head = new ApplicationHead(includeTop, weights, pooling, classes, classifierActivation);
        var shape = head.CheckedInputShape(inputShape, 224, 32,
            "The `weights` argument should be either `None` (random initialization), `imagenet` "
            + "(pre-training on ImageNet), or the path to the weights file to be loaded.",
            "If using `weights` as `\"imagenet\"` with `include_top` as true, `classes` should be 1000");
        var image = ImagenetUtils.ImageInput(inputTensor, shape);

        var x = new ZeroPadding2D(((3, 3), (3, 3))).Call(image);
        x = new Conv2D(64, 7, strides: 2, useBias: false, name: "conv1_conv").Call(x);
        x = ResNetBn(x, "conv1_bn");
        x = new Activation("relu", name: "conv1_relu").Call(x);
        x = new ZeroPadding2D(((1, 1), (1, 1))).Call(x);
        x = new MaxPooling2D(3, strides: 2, name: "pool1").Call(x);
        int channels = 64;
        for (int stage = 0; stage < 4; stage++)
        {
            for (int i = 1; i <= blocks[stage]; i++) x = DenseConvBlock(x, 32, $"conv{stage + 2}_block{i}");
            channels += 32 * blocks[stage];
            if (stage == 3) break;
            // Keras's transition_block: batch norm, relu, a 1×1 convolution to half the channels, 2×2 average pooling.
            string transition = $"pool{stage + 2}";
            x = ResNetBn(x, $"{transition}_bn");
            x = new Activation("relu", name: $"{transition}_relu").Call(x);
            channels = (int)(channels * 0.5);
            x = new Conv2D(channels, 1, useBias: false, name: $"{transition}_conv").Call(x);
            x = new AveragePooling2D(2, strides: 2, name: $"{transition}_pool").Call(x);
        }
        x = ResNetBn(x, "bn");
        x = new Activation("relu", name: "relu").Call(x);
        return ImagenetUtils.Model(image, head.Apply(x), name);
    }

    // Keras's conv_block: batch norm, relu, 1×1 to 4·growth, batch norm, relu, 3×3 to growth, concatenated to the input.
    private static KerasTensor DenseConvBlock(KerasTensor x, int growthRate, string name)
    {
        var x1 = ResNetBn(x, $"{name}_0_bn");
        x1 = new Activation("relu", name: $"{name}_0_relu").Call(x1);
        x1 = new Conv2D(4 * growthRate, 1, useBias: false, name: $"{name}_1_conv").Call(x1);
        x1 = ResNetBn(x1, $"{name}_1_bn");
        x1 = new Activation("relu", name: $"{name}_1_relu").Call(x1);
        x1 = new Conv2D(growthRate, 3, padding: "same", useBias: false, name: $"{name}_2_conv").Call(x1);
        return new Concatenate(axis: 3, name: $"{name}_concat").Call(x, x1);
    }
}
