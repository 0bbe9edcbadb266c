namespace NotebookSummary;

// ResNet50V2/101V2/152V2 (keras.applications.resnet_v2): pre-activation residual blocks, the stride at the end of a
// stack, batch normalization after the last stack.
public static partial class Applications
{
    /// <summary>Keras's <c>keras.applications.ResNet50V2</c>: 25,613,800 parameters with the default arguments.</summary>
    public static Model ResNet50V2(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "resnet50v2") =>
        ResNetV2([3, 4, 6, 3], includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, name);

    /// <summary>Keras's <c>keras.applications.ResNet101V2</c>.</summary>
    public static Model ResNet101V2(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "resnet101v2") =>
        ResNetV2([3, 4, 23, 3], includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, name);

    /// <summary>Keras's <c>keras.applications.ResNet152V2</c>.</summary>
    public static Model ResNet152V2(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "resnet152v2") =>
        ResNetV2([3, 8, 36, 3], includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, name);

    private static Model ResNetV2(int[] blocks, bool includeTop, string? weights, KerasTensor? inputTensor, Size? inputShape,
        string? pooling, int classes, string? classifierActivation, string name) =>
        ResNet(x =>
        {
            int[] filters = [64, 128, 256, 512];
            for (int stage = 0; stage < 4; stage++)
            {
                // Keras's stack_residual_blocks_v2: a convolution shortcut first, the stride in the last block (none in conv5).
                string stack = $"conv{stage + 2}";
                int n = blocks[stage];
                x = BottleneckV2(x, filters[stage], stride: 1, convShortcut: true, $"{stack}_block1");
                for (int i = 2; i < n; i++) x = BottleneckV2(x, filters[stage], stride: 1, convShortcut: false, $"{stack}_block{i}");
                x = BottleneckV2(x, filters[stage], stride: stage == 3 ? 1 : 2, convShortcut: false, $"{stack}_block{n}");
            }
            return x;
        }, preact: true, new ApplicationHead(includeTop, weights, pooling, classes, classifierActivation), inputTensor, inputShape, name);

    // Keras's residual_block_v2: batch normalization and relu before the block, the bottleneck without biases but the last.
    private static KerasTensor BottleneckV2(KerasTensor x, int filters, int stride, bool convShortcut, string name)
    {
        var preact = ResNetBn(x, $"{name}_preact_bn");
        preact = new Activation("relu", name: $"{name}_preact_relu").Call(preact);
        KerasTensor shortcut = convShortcut
            ? new Conv2D(4 * filters, 1, strides: stride, name: $"{name}_0_conv").Call(preact)
            : stride > 1 ? new MaxPooling2D(1, strides: stride).Call(x) : x;
        x = new Conv2D(filters, 1, strides: 1, useBias: false, name: $"{name}_1_conv").Call(preact);
        x = ResNetBn(x, $"{name}_1_bn");
        x = new Activation("relu", name: $"{name}_1_relu").Call(x);
        x = new ZeroPadding2D(((1, 1), (1, 1)), name: $"{name}_2_pad").Call(x);
        x = new Conv2D(filters, 3, strides: stride, useBias: false, name: $"{name}_2_conv").Call(x);
        x = ResNetBn(x, $"{name}_2_bn");
        x = new Activation("relu", name: $"{name}_2_relu").Call(x);
        x = new Conv2D(4 * filters, 1, name: $"{name}_3_conv").Call(x);
        return new Add(name: $"{name}_out").Call(shortcut, x);
    }
}
