namespace NotebookSummary;

// EfficientNetV2 B0–B3, S, M, L (keras.applications.efficientnet_v2): fused MBConv blocks (one full convolution in
// place of expansion and depthwise) in the early stages, MBConv with squeeze-and-excitation after.
public static partial class Applications
{
    // ImageNet's per-channel statistics, the constants Keras's EfficientNetV2 normalizes with (variance = std²).
    private static readonly double[] ImagenetMean = [0.485, 0.456, 0.406];
    private static readonly double[] ImagenetVariance = [0.229 * 0.229, 0.224 * 0.224, 0.225 * 0.225];

    /// <summary>Keras's <c>keras.applications.EfficientNetV2B0</c>: 7,200,312 parameters with the default arguments.</summary>
    public static Model EfficientNetV2B0(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        bool includePreprocessing = true, string name = "efficientnetv2-b0") =>
        EfficientNetV2(1.0, 1.0, 224, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, includePreprocessing);

    /// <summary>Keras's <c>keras.applications.EfficientNetV2B1</c>.</summary>
    public static Model EfficientNetV2B1(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        bool includePreprocessing = true, string name = "efficientnetv2-b1") =>
        EfficientNetV2(1.0, 1.1, 240, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, includePreprocessing);

    /// <summary>Keras's <c>keras.applications.EfficientNetV2B2</c>.</summary>
    public static Model EfficientNetV2B2(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        bool includePreprocessing = true, string name = "efficientnetv2-b2") =>
        EfficientNetV2(1.1, 1.2, 260, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, includePreprocessing);

    /// <summary>Keras's <c>keras.applications.EfficientNetV2B3</c>.</summary>
    public static Model EfficientNetV2B3(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        bool includePreprocessing = true, string name = "efficientnetv2-b3") =>
        EfficientNetV2(1.2, 1.4, 300, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, includePreprocessing);

    /// <summary>Keras's <c>keras.applications.EfficientNetV2S</c>.</summary>
    public static Model EfficientNetV2S(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        bool includePreprocessing = true, string name = "efficientnetv2-s") =>
        EfficientNetV2(1.0, 1.0, 384, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, includePreprocessing);

    /// <summary>Keras's <c>keras.applications.EfficientNetV2M</c>.</summary>
    public static Model EfficientNetV2M(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        bool includePreprocessing = true, string name = "efficientnetv2-m") =>
        EfficientNetV2(1.0, 1.0, 480, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, includePreprocessing);

    /// <summary>Keras's <c>keras.applications.EfficientNetV2L</c>.</summary>
    public static Model EfficientNetV2L(bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null,
        Size? inputShape = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        bool includePreprocessing = true, string name = "efficientnetv2-l") =>
        EfficientNetV2(1.0, 1.0, 480, name, includeTop, weights, inputTensor, inputShape, pooling, classes, classifierActivation, includePreprocessing);

    private readonly record struct V2Stage(bool Fused, int Repeats, int FiltersIn, int FiltersOut, int Expand, int Strides, double SeRatio);

    // Keras's DEFAULT_BLOCKS_ARGS, all with 3×3 kernels; B0–B3 share theirs.
    private static readonly V2Stage[] V2BStages =
    [
        new(true, 1, 32, 16, 1, 1, 0), new(true, 2, 16, 32, 4, 2, 0), new(true, 2, 32, 48, 4, 2, 0),
        new(false, 3, 48, 96, 4, 2, 0.25), new(false, 5, 96, 112, 6, 1, 0.25), new(false, 8, 112, 192, 6, 2, 0.25),
    ];

    private static readonly Dictionary<string, V2Stage[]> V2BlocksArgs = new(StringComparer.Ordinal)
    {
        ["efficientnetv2-s"] =
        [
            new(true, 2, 24, 24, 1, 1, 0), new(true, 4, 24, 48, 4, 2, 0), new(true, 4, 48, 64, 4, 2, 0),
            new(false, 6, 64, 128, 4, 2, 0.25), new(false, 9, 128, 160, 6, 1, 0.25), new(false, 15, 160, 256, 6, 2, 0.25),
        ],
        ["efficientnetv2-m"] =
        [
            new(true, 3, 24, 24, 1, 1, 0), new(true, 5, 24, 48, 4, 2, 0), new(true, 5, 48, 80, 4, 2, 0),
            new(false, 7, 80, 160, 4, 2, 0.25), new(false, 14, 160, 176, 6, 1, 0.25), new(false, 18, 176, 304, 6, 2, 0.25),
            new(false, 5, 304, 512, 6, 1, 0.25),
        ],
        ["efficientnetv2-l"] =
        [
            new(true, 4, 32, 32, 1, 1, 0), new(true, 7, 32, 64, 4, 2, 0), new(true, 7, 64, 96, 4, 2, 0),
            new(false, 10, 96, 192, 4, 2, 0.25), new(false, 19, 192, 224, 6, 1, 0.25), new(false, 25, 224, 384, 6, 2, 0.25),
            new(false, 7, 384, 640, 6, 1, 0.25),
        ],
        ["efficientnetv2-b0"] = V2BStages, ["efficientnetv2-b1"] = V2BStages,
        ["efficientnetv2-b2"] = V2BStages, ["efficientnetv2-b3"] = V2BStages,
    };

    private static Model EfficientNetV2(double widthCoefficient, double depthCoefficient, int defaultSize, string name,
        bool includeTop, string? weights, KerasTensor? inputTensor, Size? inputShape, string? pooling, int classes,
        string? classifierActivation, bool includePreprocessing)
    {
        const string activation = "swish";
        const double bnMomentum = 0.9, dropConnectRate = 0.2, dropoutRate = 0.2;
        // Keras 3.15 looks the blocks up by the model's name, so another name= fails there with a KeyError.
        if (!V2BlocksArgs.TryGetValue(name, out var stages))
            throw new ApplicationArgumentException($"KeyError: '{name}' (EfficientNetV2 finds its blocks by the model's name)",
                "leave name= out: Keras's EfficientNetV2 accepts only its own names");
        var head = new ApplicationHead(includeTop, weights, pooling, classes, classifierActivation);
        var shape = head.CheckedInputShape(inputShape, defaultSize, 32,
            "The `weights` argument should be either `None` (random initialization), `imagenet` "
            + "(pre-training on ImageNet), or the path to the weights file to be loaded.Received: weights={0}",
            "If using `weights=\"imagenet\"` with `include_top` as true, `classes` should be 1000");
        var image = ImagenetUtils.ImageInput(inputTensor, shape);
        int RoundFilters(int filters) => Math.Max(8, (int)(filters * widthCoefficient + 4) / 8 * 8);

        var x = image;
        if (includePreprocessing)
        {
            // The B variants normalize three-channel images as EfficientNet (V1) did; the others scale to [-1, 1].
            if (name.Split('-')[^1].StartsWith('b') && shape[2] == 3)
            {
                x = new Rescaling(scale: 1.0 / 255).Call(x);
                x = new Normalization(axis: 3, mean: ImagenetMean, variance: ImagenetVariance).Call(x);
            }
            else
            {
                x = new Rescaling(scale: 1.0 / 128.0, offset: -1).Call(x);
            }
        }
        x = new Conv2D(RoundFilters(stages[0].FiltersIn), 3, strides: 2, padding: "same", useBias: false, name: "stem_conv").Call(x);
        x = new BatchNormalization(axis: 3, momentum: bnMomentum, name: "stem_bn").Call(x);
        x = new Activation(activation, name: "stem_activation").Call(x);

        double blocks = stages.Sum(s => s.Repeats);
        int b = 0;
        for (int i = 0; i < stages.Length; i++)
        {
            var stage = stages[i];
            int filtersIn = RoundFilters(stage.FiltersIn), filtersOut = RoundFilters(stage.FiltersOut);
            int repeats = (int)Math.Ceiling(depthCoefficient * stage.Repeats);
            for (int j = 0; j < repeats; j++)
            {
                int inFilters = j > 0 ? filtersOut : filtersIn, strides = j > 0 ? 1 : stage.Strides;
                string blockName = $"block{i + 1}{(char)('a' + j)}_";
                double survival = dropConnectRate * b / blocks;
                x = stage.Fused
                    ? FusedMbConvBlock(x, inFilters, filtersOut, stage.Expand, strides, stage.SeRatio, survival, blockName)
                    : V2MbConvBlock(x, inFilters, filtersOut, stage.Expand, strides, stage.SeRatio, survival, blockName);
                b++;
            }
        }

        x = new Conv2D(RoundFilters(1280), 1, strides: 1, padding: "same", useBias: false, name: "top_conv").Call(x);
        x = new BatchNormalization(axis: 3, momentum: bnMomentum, name: "top_bn").Call(x);
        x = new Activation(activation, name: "top_activation").Call(x);
        return ImagenetUtils.Model(image, head.Apply(x, topDropout: dropoutRate), name);
    }

    // Keras's MBConvBlock (V2): expansion, 3×3 depthwise, squeeze-and-excitation, projection, residual.
    private static KerasTensor V2MbConvBlock(KerasTensor inputs, int inputFilters, int outputFilters, int expandRatio,
        int strides, double seRatio, double survival, string name)
    {
        int filters = inputFilters * expandRatio;
        var x = inputs;
        if (expandRatio != 1)
        {
            x = new Conv2D(filters, 1, strides: 1, padding: "same", useBias: false, name: $"{name}expand_conv").Call(x);
            x = new BatchNormalization(axis: 3, momentum: 0.9, name: $"{name}expand_bn").Call(x);
            x = new Activation("swish", name: $"{name}expand_activation").Call(x);
        }
        x = new DepthwiseConv2D(3, strides: strides, padding: "same", useBias: false, name: $"{name}dwconv2").Call(x);
        x = new BatchNormalization(axis: 3, momentum: 0.9, name: $"{name}bn").Call(x);
        x = new Activation("swish", name: $"{name}activation").Call(x);
        x = SqueezeExcite(x, inputFilters, filters, seRatio, "swish", name);
        x = new Conv2D(outputFilters, 1, strides: 1, padding: "same", useBias: false, name: $"{name}project_conv").Call(x);
        x = new BatchNormalization(axis: 3, momentum: 0.9, name: $"{name}project_bn").Call(x);
        return V2Residual(x, inputs, inputFilters, outputFilters, strides, survival, name);
    }

    // Keras's FusedMBConvBlock: one strided k×k convolution does the expansion (or the projection, without one).
    private static KerasTensor FusedMbConvBlock(KerasTensor inputs, int inputFilters, int outputFilters, int expandRatio,
        int strides, double seRatio, double survival, string name)
    {
        int filters = inputFilters * expandRatio;
        var x = inputs;
        if (expandRatio != 1)
        {
            x = new Conv2D(filters, 3, strides: strides, padding: "same", useBias: false, name: $"{name}expand_conv").Call(x);
            x = new BatchNormalization(axis: 3, momentum: 0.9, name: $"{name}expand_bn").Call(x);
            x = new Activation("swish", name: $"{name}expand_activation").Call(x);
        }
        x = SqueezeExcite(x, inputFilters, filters, seRatio, "swish", name);
        x = new Conv2D(outputFilters, expandRatio != 1 ? 1 : 3, strides: expandRatio != 1 ? 1 : strides, padding: "same",
            useBias: false, name: $"{name}project_conv").Call(x);
        x = new BatchNormalization(axis: 3, momentum: 0.9, name: $"{name}project_bn").Call(x);
        if (expandRatio == 1) x = new Activation("swish", name: $"{name}project_activation").Call(x);
        return V2Residual(x, inputs, inputFilters, outputFilters, strides, survival, name);
    }

    private static KerasTensor V2Residual(KerasTensor x, KerasTensor inputs, int inputFilters, int outputFilters, int strides,
        double survival, string name)
    {
        if (strides != 1 || inputFilters != outputFilters) return x;
        if (survival != 0) x = new Dropout(survival, name: $"{name}drop").Call(x);
        return new Add(name: $"{name}add").Call(x, inputs);
    }
}
