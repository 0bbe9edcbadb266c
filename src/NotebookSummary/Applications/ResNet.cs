namespace NotebookSummary;

// ResNet50/101/152 (keras.applications.resnet): bottleneck residual blocks, batch normalization after each
// convolution, 224×224 by default and at least 32×32.
public static partial class Applications
{
    /// <summary>Keras's <c>keras.applications.ResNet50</c>: 25,636,712 parameters with the default arguments.</summary>
    public static Model ResNet50(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "resnet50") =>
        ResNet([3, 4, 6, 3], includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, name);

    /// <summary>Keras's <c>keras.applications.ResNet101</c>: 44,707,176 parameters with the default arguments.</summary>
    public static Model ResNet101(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "resnet101") =>
        ResNet([3, 4, 23, 3], includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, name);

    /// <summary>Keras's <c>keras.applications.ResNet152</c>: 60,419,944 parameters with the default arguments.</summary>
    public static Model ResNet152(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "resnet152") =>
        ResNet([3, 8, 36, 3], includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, name);

    private static Model ResNet(int[] blocks, bool includeTop, string? weights, KerasTensor? inputTensor, Size? inputShape,
        string? pooling, int classes, string? classifierActivation, string name) =>
        ResNet(x =>
        {
            int[] filters = [64, 128, 256, 512];
            for (int stage = 0; stage < 4; stage++)
            {
                string stack = $"conv{stage + 2}";
                x = BottleneckV1(x, filters[stage], stride: stage == 0 ? 1 : 2, convShortcut: true, $"{stack}_block1");
                for (int i = 2; i <= blocks[stage]; i++)
                    x = BottleneckV1(x, filters[stage], stride: 1, convShortcut: false, $"{stack}_block{i}");
            }
            return x;
        }, preact: false, new ApplicationHead(includeTop, weights, pooling, classes, classifierActivation), inputTensor, inputShape, name);

    /// <summary>
    /// Keras's <c>ResNet</c>: the 7×7 stem, its pooling, the stacks, and the head; <paramref name="preact"/> (V2)
    /// moves the stem's batch normalization to the end (<c>post_bn</c>, <c>post_relu</c>).
    /// </summary>
    private static Model ResNet(Func<KerasTensor, KerasTensor> stacks, bool preact, ApplicationHead head,
        KerasTensor? inputTensor, Size? inputShape, string name)
    {
        var image = ImagenetUtils.ImageInput(inputTensor, head.CheckedInputShape(inputShape, 224, 32));

        var x = new ZeroPadding2D(((3, 3), (3, 3)), name: "conv1_pad").Call(image);
        x = new Conv2D(64, 7, strides: 2, name: "conv1_conv").Call(x);
        if (!preact)
        {
            x = ResNetBn(x, "conv1_bn");
            x = new Activation("relu", name: "conv1_relu").Call(x);
        }
        x = new ZeroPadding2D(((1, 1), (1, 1)), name: "pool1_pad").Call(x);
        x = new MaxPooling2D(3, strides: 2, name: "pool1_pool").Call(x);
        x = stacks(x);
        if (preact)
        {
            x = ResNetBn(x, "post_bn");
            x = new Activation("relu", name: "post_relu").Call(x);
        }
        return ImagenetUtils.Model(image, head.Apply(x), name);
    }

    // Keras's residual_block_v1: 1×1 → 3×3 → 1×1 (×4 filters), each batch-normalized, added to the shortcut.
    private static KerasTensor BottleneckV1(KerasTensor x, int filters, int stride, bool convShortcut, string name)
    {
        KerasTensor shortcut = x;
        if (convShortcut)
        {
            shortcut = new Conv2D(4 * filters, 1, strides: stride, name: $"{name}_0_conv").Call(x);
            shortcut = ResNetBn(shortcut, $"{name}_0_bn");
        }
        x = new Conv2D(filters, 1, strides: stride, name: $"{name}_1_conv").Call(x);
        x = ResNetBn(x, $"{name}_1_bn");
        x = new Activation("relu", name: $"{name}_1_relu").Call(x);
        x = new Conv2D(filters, 3, padding: "same", name: $"{name}_2_conv").Call(x);
        x = ResNetBn(x, $"{name}_2_bn");
        x = new Activation("relu", name: $"{name}_2_relu").Call(x);
        x = new Conv2D(4 * filters, 1, name: $"{name}_3_conv").Call(x);
        x = ResNetBn(x, $"{name}_3_bn");
        x = new Add(name: $"{name}_add").Call(shortcut, x);
        return new Activation("relu", name: $"{name}_out").Call(x);
    }

    internal static KerasTensor ResNetBn(KerasTensor x, string name) =>
        new BatchNormalization(axis: 3, epsilon: 1.001e-5, name: name).Call(x);
}
