using NotebookSummary.Analysis;

namespace NotebookSummary;

// EfficientNetB0–B7 (keras.applications.efficientnet): MBConv blocks with squeeze-and-excitation, scaled in width
// and depth per variant; the input is rescaled and normalized inside the model.
public static partial class Applications
{
    /// <summary>Keras's <c>keras.applications.EfficientNetB0</c>: 5,330,571 parameters with the default arguments.</summary>
    public static Model EfficientNetB0(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "efficientnetb0") =>
        EfficientNet(1.0, 1.0, 224, 0.2, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation);

    /// <summary>Keras's <c>keras.applications.EfficientNetB1</c>: 7,856,239 parameters with the default arguments.</summary>
    public static Model EfficientNetB1(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "efficientnetb1") =>
        EfficientNet(1.0, 1.1, 240, 0.2, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation);

    /// <summary>Keras's <c>keras.applications.EfficientNetB2</c>.</summary>
    public static Model EfficientNetB2(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "efficientnetb2") =>
        EfficientNet(1.1, 1.2, 260, 0.3, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation);

    /// <summary>Keras's <c>keras.applications.EfficientNetB3</c>.</summary>
    public static Model EfficientNetB3(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "efficientnetb3") =>
        EfficientNet(1.2, 1.4, 300, 0.3, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation);

    /// <summary>Keras's <c>keras.applications.EfficientNetB4</c>.</summary>
    public static Model EfficientNetB4(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "efficientnetb4") =>
        EfficientNet(1.4, 1.8, 380, 0.4, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation);

    /// <summary>Keras's <c>keras.applications.EfficientNetB5</c>.</summary>
    public static Model EfficientNetB5(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "efficientnetb5") =>
        EfficientNet(1.6, 2.2, 456, 0.4, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation);

    /// <summary>Keras's <c>keras.applications.EfficientNetB6</c>.</summary>
    public static Model EfficientNetB6(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "efficientnetb6") =>
        EfficientNet(1.8, 2.6, 528, 0.5, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation);

    /// <summary>Keras's <c>keras.applications.EfficientNetB7</c>.</summary>
    public static Model EfficientNetB7(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "efficientnetb7") =>
        EfficientNet(2.0, 3.1, 600, 0.5, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation);

    // Keras's DEFAULT_BLOCKS_ARGS: (kernel, repeats, filters in, filters out, expand ratio, strides); all with
    // id_skip and se_ratio 0.25.
    private static readonly (int Kernel, int Repeats, int FiltersIn, int FiltersOut, int Expand, int Strides)[] EfficientNetBlocks =
    [
        (3, 1, 32, 16, 1, 1), (3, 2, 16, 24, 6, 2), (5, 2, 24, 40, 6, 2), (3, 3, 40, 80, 6, 2),
        (5, 3, 80, 112, 6, 1), (5, 4, 112, 192, 6, 2), (3, 1, 192, 320, 6, 1),
    ];

    // The standard deviations of ImageNet's RGB channels, which Keras divides by when it loads ImageNet weights.
    private static readonly double[] ImagenetStddevRgb = [0.229, 0.224, 0.225];

    private static Model EfficientNet(double widthCoefficient, double depthCoefficient, int defaultSize, double dropoutRate,
        string name, bool includeTop, string? weights, KerasTensor? inputTensor, Size? inputShape, string? pooling,
        int classes, string? classifierActivation)
    {
        const string activation = "swish";
        const double dropConnectRate = 0.2;
        var head = new ApplicationHead(includeTop, weights, pooling, classes, classifierActivation);
        var shape = head.CheckedInputShape(inputShape, defaultSize, 32,
            "The `weights` argument should be either `None` (random initialization), `imagenet` "
            + "(pre-training on ImageNet), or the path to the weights file to be loaded.",
            "If using `weights=\"imagenet\"` with `include_top` as true, `classes` should be 1000");
        var image = ImagenetUtils.ImageInput(inputTensor, shape);
        int RoundFilters(int filters) => MakeDivisible(filters * widthCoefficient, 8);
        int RoundRepeats(int repeats) => (int)Math.Ceiling(depthCoefficient * repeats);

        var shapes = GraphShapes.ForTensors();
        var x = new Rescaling(1.0 / 255.0).Call(image);
        x = new Normalization(axis: 3).Call(x);
        if (weights == ImagenetUtils.Imagenet)
            x = new Rescaling(ImagenetStddevRgb.Select(s => 1.0 / Math.Sqrt(s)).ToArray()).Call(x);
        x = new ZeroPadding2D(ImagenetUtils.CorrectPad(shapes, x, 3), name: "stem_conv_pad").Call(x);
        x = new Conv2D(RoundFilters(32), 3, strides: 2, padding: "valid", useBias: false, name: "stem_conv").Call(x);
        x = new BatchNormalization(axis: 3, name: "stem_bn").Call(x);
        x = new Activation(activation, name: "stem_activation").Call(x);

        double blocks = EfficientNetBlocks.Sum(a => RoundRepeats(a.Repeats));
        int b = 0;
        for (int i = 0; i < EfficientNetBlocks.Length; i++)
        {
            var args = EfficientNetBlocks[i];
            int filtersIn = RoundFilters(args.FiltersIn), filtersOut = RoundFilters(args.FiltersOut);
            for (int j = 0; j < RoundRepeats(args.Repeats); j++)
            {
                x = MbConvBlock(shapes, x, activation, dropConnectRate * b / blocks, $"block{i + 1}{(char)('a' + j)}_",
                    j > 0 ? filtersOut : filtersIn, filtersOut, args.Kernel, j > 0 ? 1 : args.Strides, args.Expand, 0.25);
                b++;
            }
        }

        x = new Conv2D(RoundFilters(1280), 1, padding: "same", useBias: false, name: "top_conv").Call(x);
        x = new BatchNormalization(axis: 3, name: "top_bn").Call(x);
        x = new Activation(activation, name: "top_activation").Call(x);
        return ImagenetUtils.Model(image, head.Apply(x, topDropout: dropoutRate), name);
    }

    // Keras's efficientnet block: expansion, depthwise convolution, squeeze-and-excitation, projection, and the skip
    // (with drop-connect Dropout) when the shape is kept.
    private static KerasTensor MbConvBlock(GraphShapes shapes, KerasTensor inputs, string activation, double dropRate, string name,
        int filtersIn, int filtersOut, int kernelSize, int strides, int expandRatio, double seRatio)
    {
        int filters = filtersIn * expandRatio;
        var x = inputs;
        if (expandRatio != 1)
        {
            x = new Conv2D(filters, 1, padding: "same", useBias: false, name: $"{name}expand_conv").Call(x);
            x = new BatchNormalization(axis: 3, name: $"{name}expand_bn").Call(x);
            x = new Activation(activation, name: $"{name}expand_activation").Call(x);
        }
        string padding = "same";
        if (strides == 2)
        {
            x = new ZeroPadding2D(ImagenetUtils.CorrectPad(shapes, x, kernelSize), name: $"{name}dwconv_pad").Call(x);
            padding = "valid";
        }
        x = new DepthwiseConv2D(kernelSize, strides: strides, padding: padding, useBias: false, name: $"{name}dwconv").Call(x);
        x = new BatchNormalization(axis: 3, name: $"{name}bn").Call(x);
        x = new Activation(activation, name: $"{name}activation").Call(x);
        x = SqueezeExcite(x, filtersIn, filters, seRatio, activation, name);
        x = new Conv2D(filtersOut, 1, padding: "same", useBias: false, name: $"{name}project_conv").Call(x);
        x = new BatchNormalization(axis: 3, name: $"{name}project_bn").Call(x);
        if (strides == 1 && filtersIn == filtersOut)
        {
            if (dropRate > 0) x = new Dropout(dropRate, name: $"{name}drop").Call(x);
            x = new Add(name: $"{name}add").Call(x, inputs);
        }
        return x;
    }

    // Squeeze-and-excitation (both EfficientNets): the channels' averages, reduced and expanded again by 1×1
    // convolutions, scale the channels; none unless 0 < se_ratio <= 1.
    private static KerasTensor SqueezeExcite(KerasTensor x, int inputFilters, int filters, double seRatio, string activation, string name)
    {
        if (seRatio is not (> 0 and <= 1)) return x;
        int filtersSe = Math.Max(1, (int)(inputFilters * seRatio));
        var se = new GlobalAveragePooling2D(name: $"{name}se_squeeze").Call(x);
        se = new Reshape((1, 1, filters), name: $"{name}se_reshape").Call(se);
        se = new Conv2D(filtersSe, 1, padding: "same", activation: activation, name: $"{name}se_reduce").Call(se);
        se = new Conv2D(filters, 1, padding: "same", activation: "sigmoid", name: $"{name}se_expand").Call(se);
        return new Multiply(name: $"{name}se_excite").Call(x, se);
    }
}
