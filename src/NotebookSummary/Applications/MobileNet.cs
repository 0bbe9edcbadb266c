namespace NotebookSummary;

// MobileNet (keras.applications.mobilenet): a 3×3 convolution then 13 depthwise-separable blocks with ReLU6; alpha
// scales the widths, depth_multiplier the depthwise convolutions; the classifier is a 1×1 convolution.
public static partial class Applications
{
    /// <summary>
    /// Keras's <c>keras.applications.MobileNet</c>: 4,253,864 parameters with the default arguments. The default name
    /// is <c>mobilenet_{alpha:.2f}_{rows}</c>, e.g. <c>mobilenet_1.00_224</c>.
    /// </summary>
    public static Model MobileNet(Size? inputShape = null, double alpha = 1.0, int depthMultiplier = 1, double dropout = 1e-3,
        bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null, string? pooling = null,
        int classes = 1000, string? classifierActivation = "softmax", string? name = null)
    {
        ImagenetUtils.CheckWeights(weights, "The `weights` argument should be either `None` (random initialization), 'imagenet' "
            + "(pre-training on ImageNet), or the path to the weights file to be loaded. Received weights={0}");
        ImagenetUtils.CheckClasses(weights, includeTop, classes);
        int[] sizes = [128, 160, 192, 224];
        int defaultSize = MobileNetDefaultSize(inputShape, null, sizes, "");
        var shape = ImagenetUtils.ObtainInputShape(inputShape, defaultSize, 32, includeTop, weights);
        if (weights == ImagenetUtils.Imagenet)
        {
            if (depthMultiplier != 1)
                throw new ApplicationArgumentException("If imagenet weights are being loaded, depth multiplier must be 1.  "
                    + $"Received depth_multiplier={depthMultiplier}", "write weights=None to use another depth_multiplier");
            if (Array.IndexOf([0.25, 0.50, 0.75, 1.0], alpha) < 0)
                throw new ApplicationArgumentException("If imagenet weights are being loaded, alpha can be one of`0.25`, `0.50`, "
                    + $"`0.75` or `1.0` only.  Received alpha={Keras.Python.PyOps.FloatRepr(alpha)}", "write weights=None to use another alpha");
        }
        var head = new ApplicationHead(includeTop, weights, pooling, classes, classifierActivation);
        var image = ImagenetUtils.ImageInput(inputTensor, shape);

        var x = new Conv2D((int)(32 * alpha), (3, 3), padding: "same", useBias: false, strides: (2, 2), name: "conv1").Call(image);
        x = new BatchNormalization(axis: -1, name: "conv1_bn").Call(x);
        x = new ReLU(6.0, name: "conv1_relu").Call(x);
        // (pointwise filters, stride) of blocks 1 to 13.
        (int Filters, int Stride)[] blocks =
        [
            (64, 1), (128, 2), (128, 1), (256, 2), (256, 1), (512, 2), (512, 1), (512, 1), (512, 1), (512, 1), (512, 1),
            (1024, 2), (1024, 1),
        ];
        for (int i = 0; i < blocks.Length; i++)
            x = DepthwiseConvBlock(x, blocks[i].Filters, alpha, depthMultiplier, blocks[i].Stride, i + 1);

        if (includeTop)
        {
            x = new GlobalAveragePooling2D(keepdims: true).Call(x);
            x = new Dropout(dropout, name: "dropout").Call(x);
            x = new Conv2D(classes, (1, 1), padding: "same", name: "conv_preds").Call(x);
            x = new Reshape(Size.Tuple([classes]), name: "reshape_2").Call(x);
            ImagenetUtils.ValidateActivation(classifierActivation, weights);
            x = new Activation(classifierActivation ?? "linear", name: "predictions").Call(x);
        }
        else
        {
            x = head.Pool(x, avgName: null, maxName: null);
        }
        return ImagenetUtils.Model(image, x, name ?? MobileNetName("mobilenet", alpha, shape, weights, sizes));
    }

    // Keras's _depthwise_conv_block: a 3×3 depthwise convolution (padded before a stride), then a 1×1 convolution,
    // each batch-normalized and followed by ReLU6.
    private static KerasTensor DepthwiseConvBlock(KerasTensor inputs, int pointwiseFilters, double alpha, int depthMultiplier,
        int stride, int blockId)
    {
        var x = stride == 1 ? inputs : new ZeroPadding2D(((0, 1), (0, 1)), name: $"conv_pad_{blockId}").Call(inputs);
        x = new DepthwiseConv2D((3, 3), padding: stride == 1 ? "same" : "valid", depthMultiplier: depthMultiplier,
            strides: (stride, stride), useBias: false, name: $"conv_dw_{blockId}").Call(x);
        x = new BatchNormalization(axis: -1, name: $"conv_dw_{blockId}_bn").Call(x);
        x = new ReLU(6.0, name: $"conv_dw_{blockId}_relu").Call(x);
        x = new Conv2D((int)(pointwiseFilters * alpha), (1, 1), padding: "same", useBias: false, strides: (1, 1),
            name: $"conv_pw_{blockId}").Call(x);
        x = new BatchNormalization(axis: -1, name: $"conv_pw_{blockId}_bn").Call(x);
        return new ReLU(6.0, name: $"conv_pw_{blockId}_relu").Call(x);
    }
}
