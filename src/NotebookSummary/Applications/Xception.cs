namespace NotebookSummary;

// Xception (keras.applications.xception): depthwise-separable convolutions in residual blocks — an entry flow of
// three downsampling blocks, eight middle blocks, an exit flow; 299×299 by default, at least 71×71.
public static partial class Applications
{
    /// <summary>Keras's <c>keras.applications.Xception</c>: 22,910,480 parameters with the default arguments.</summary>
    public static Model Xception(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "xception")
    {
        var head = new ApplicationHead(includeTop, weights, pooling, classes, classifierActivation);
        var shape = head.CheckedInputShape(inputShape, 299, 71,
            "The `weights` argument should be either `None` (random initialization), 'imagenet' "
            + "(pre-training on ImageNet), or the path to the weights file to be loaded.");
        var image = ImagenetUtils.ImageInput(inputTensor, shape);

        var x = new Conv2D(32, (3, 3), strides: (2, 2), useBias: false, name: "block1_conv1").Call(image);
        x = new BatchNormalization(name: "block1_conv1_bn").Call(x);
        x = new Activation("relu", name: "block1_conv1_act").Call(x);
        x = new Conv2D(64, (3, 3), useBias: false, name: "block1_conv2").Call(x);
        x = new BatchNormalization(name: "block1_conv2_bn").Call(x);
        x = new Activation("relu", name: "block1_conv2_act").Call(x);

        // Entry flow: blocks 2–4 (block 2 starts without an activation), and block 13 of the exit flow.
        x = XceptionDownBlock(x, 2, 128, 128, activateFirst: false);
        x = XceptionDownBlock(x, 3, 256, 256, activateFirst: true);
        x = XceptionDownBlock(x, 4, 728, 728, activateFirst: true);
        for (int i = 0; i < 8; i++)
        {
            var residual = x;
            string prefix = $"block{i + 5}";
            for (int s = 1; s <= 3; s++)
            {
                x = new Activation("relu", name: $"{prefix}_sepconv{s}_act").Call(x);
                x = XceptionSepConvBn(x, 728, $"{prefix}_sepconv{s}");
            }
            x = new Add().Call(x, residual);
        }
        x = XceptionDownBlock(x, 13, 728, 1024, activateFirst: true);

        x = XceptionSepConvBn(x, 1536, "block14_sepconv1");
        x = new Activation("relu", name: "block14_sepconv1_act").Call(x);
        x = XceptionSepConvBn(x, 2048, "block14_sepconv2");
        x = new Activation("relu", name: "block14_sepconv2_act").Call(x);
        return ImagenetUtils.Model(image, head.Apply(x, avgName: null, maxName: null), name);
    }

    // A downsampling block: a strided 1×1 shortcut, two separable convolutions, 3×3 max pooling, added.
    private static KerasTensor XceptionDownBlock(KerasTensor x, int block, int filters1, int filters2, bool activateFirst)
    {
        var residual = new Conv2D(filters2, (1, 1), strides: (2, 2), padding: "same", useBias: false).Call(x);
        residual = new BatchNormalization().Call(residual);
        if (activateFirst) x = new Activation("relu", name: $"block{block}_sepconv1_act").Call(x);
        x = XceptionSepConvBn(x, filters1, $"block{block}_sepconv1");
        x = new Activation("relu", name: $"block{block}_sepconv2_act").Call(x);
        x = XceptionSepConvBn(x, filters2, $"block{block}_sepconv2");
        x = new MaxPooling2D((3, 3), strides: (2, 2), padding: "same", name: $"block{block}_pool").Call(x);
        return new Add().Call(x, residual);
    }

    private static KerasTensor XceptionSepConvBn(KerasTensor x, int filters, string name)
    {
        x = new SeparableConv2D(filters, (3, 3), padding: "same", useBias: false, name: name).Call(x);
        return new BatchNormalization(name: $"{name}_bn").Call(x);
    }
}
