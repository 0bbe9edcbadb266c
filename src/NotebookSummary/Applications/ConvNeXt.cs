namespace NotebookSummary;

// ConvNeXt Tiny to XLarge (keras.applications.convnext): a patchifying stem and three downsampling steps, each a
// nested Sequential, between stages of blocks (7×7 grouped convolution, LayerNormalization, two Dense layers,
// LayerScale); each block ends with Python's `inputs + layer(x)`, an operation row (add, add_1, ...).
public static partial class Applications
{
    /// <summary>Keras's <c>keras.applications.ConvNeXtTiny</c>: 28,589,128 parameters with the default arguments.</summary>
    public static Model ConvNeXtTiny(bool includeTop = true, bool includePreprocessing = true, string? weights = "imagenet",
        KerasTensor? inputTensor = null, Size? inputShape = null, string? pooling = null, int classes = 1000,
        string? classifierActivation = "softmax", string name = "convnext_tiny") =>
        ConvNeXt([3, 3, 9, 3], [96, 192, 384, 768], name, includeTop, includePreprocessing, weights, inputTensor, inputShape,
            pooling, classes, classifierActivation);

    /// <summary>Keras's <c>keras.applications.ConvNeXtSmall</c>.</summary>
    public static Model ConvNeXtSmall(bool includeTop = true, bool includePreprocessing = true, string? weights = "imagenet",
        KerasTensor? inputTensor = null, Size? inputShape = null, string? pooling = null, int classes = 1000,
        string? classifierActivation = "softmax", string name = "convnext_small") =>
        ConvNeXt([3, 3, 27, 3], [96, 192, 384, 768], name, includeTop, includePreprocessing, weights, inputTensor, inputShape,
            pooling, classes, classifierActivation);

    /// <summary>Keras's <c>keras.applications.ConvNeXtBase</c>.</summary>
    public static Model ConvNeXtBase(bool includeTop = true, bool includePreprocessing = true, string? weights = "imagenet",
        KerasTensor? inputTensor = null, Size? inputShape = null, string? pooling = null, int classes = 1000,
        string? classifierActivation = "softmax", string name = "convnext_base") =>
        ConvNeXt([3, 3, 27, 3], [128, 256, 512, 1024], name, includeTop, includePreprocessing, weights, inputTensor, inputShape,
            pooling, classes, classifierActivation);

    /// <summary>Keras's <c>keras.applications.ConvNeXtLarge</c>.</summary>
    public static Model ConvNeXtLarge(bool includeTop = true, bool includePreprocessing = true, string? weights = "imagenet",
        KerasTensor? inputTensor = null, Size? inputShape = null, string? pooling = null, int classes = 1000,
        string? classifierActivation = "softmax", string name = "convnext_large") =>
        ConvNeXt([3, 3, 27, 3], [192, 384, 768, 1536], name, includeTop, includePreprocessing, weights, inputTensor, inputShape,
            pooling, classes, classifierActivation);

    /// <summary>Keras's <c>keras.applications.ConvNeXtXLarge</c>.</summary>
    public static Model ConvNeXtXLarge(bool includeTop = true, bool includePreprocessing = true, string? weights = "imagenet",
        KerasTensor? inputTensor = null, Size? inputShape = null, string? pooling = null, int classes = 1000,
        string? classifierActivation = "softmax", string name = "convnext_xlarge") =>
        ConvNeXt([3, 3, 27, 3], [256, 512, 1024, 2048], name, includeTop, includePreprocessing, weights, inputTensor, inputShape,
            pooling, classes, classifierActivation);

    private static Model ConvNeXt(int[] depths, int[] projectionDims, string name, bool includeTop, bool includePreprocessing,
        string? weights, KerasTensor? inputTensor, Size? inputShape, string? pooling, int classes, string? classifierActivation)
    {
        const double layerScaleInitValue = 1e-6;
        // Keras joins the name to every layer's (name + "_stem_conv"): without one, Python fails there.
        if (name is null)
            throw new ApplicationArgumentException("TypeError: unsupported operand type(s) for +: 'NoneType' and 'str'",
                "leave name out, or give the model a name");
        var head = new ApplicationHead(includeTop, weights, pooling, classes, classifierActivation);
        var shape = head.CheckedInputShape(inputShape, 224, 32,
            "The `weights` argument should be either `None` (random initialization), `imagenet` "
            + "(pre-training on ImageNet), or the path to the weights file to be loaded.",
            "If using `weights=\"imagenet\"` with `include_top=True`, `classes` should be 1000. Received classes={0}");
        var image = ImagenetUtils.ImageInput(inputTensor, shape);
        // Keras starts from the input tensor's source Input, not from the tensor itself.
        var inputs = ImagenetUtils.SourceInputs(image)[0];

        var x = inputs;
        if (includePreprocessing && shape[2] == 3)
            x = new Normalization(mean: new[] { 0.485 * 255, 0.456 * 255, 0.406 * 255 },
                variance: new[] { Math.Pow(0.229 * 255, 2), Math.Pow(0.224 * 255, 2), Math.Pow(0.225 * 255, 2) },
                name: $"{name}_prestem_normalization").Call(x);

        // The stem and the downsampling blocks are all made before the first is called, as Keras makes them.
        var downsampling = new List<Sequential>
        {
            new([
                new Conv2D(projectionDims[0], kernelSize: 4, strides: 4, name: $"{name}_stem_conv"),
                new LayerNormalization(epsilon: 1e-6, name: $"{name}_stem_layernorm"),
            ], name: $"{name}_stem"),
        };
        for (int i = 0; i < 3; i++)
            downsampling.Add(new Sequential([
                new LayerNormalization(epsilon: 1e-6, name: $"{name}_downsampling_layernorm_{i}"),
                new Conv2D(projectionDims[i + 1], kernelSize: 2, strides: 2, name: $"{name}_downsampling_conv_{i}"),
            ], name: $"{name}_downsampling_block_{i}"));

        for (int i = 0; i < 4; i++)
        {
            x = downsampling[i].Call(x);
            for (int j = 0; j < depths[i]; j++)
                x = ConvNeXtBlock(x, projectionDims[i], layerScaleInitValue, $"{name}_stage_{i}_block_{j}");
        }

        if (includeTop)
        {
            ImagenetUtils.ValidateActivation(classifierActivation, weights);
            x = new GlobalAveragePooling2D(name: $"{name}_head_gap").Call(x);
            x = new LayerNormalization(epsilon: 1e-6, name: $"{name}_head_layernorm").Call(x);
            x = new Dense(classes, activation: classifierActivation, name: $"{name}_head_dense").Call(x);
        }
        else
        {
            x = head.Pool(x, avgName: null, maxName: null);
            x = new LayerNormalization(epsilon: 1e-6).Call(x);
        }
        return new Model(inputs, x, name);
    }

    // Keras's ConvNeXtBlock (drop_path_rate 0 in every variant, so the branch ends in a linear Activation, `_identity`).
    private static KerasTensor ConvNeXtBlock(KerasTensor inputs, int projectionDim, double layerScaleInitValue, string name)
    {
        var x = new Conv2D(projectionDim, kernelSize: 7, padding: "same", groups: projectionDim, name: $"{name}_depthwise_conv").Call(inputs);
        x = new LayerNormalization(epsilon: 1e-6, name: $"{name}_layernorm").Call(x);
        x = new Dense(4 * projectionDim, name: $"{name}_pointwise_conv_1").Call(x);
        x = new Activation("gelu", name: $"{name}_gelu").Call(x);
        x = new Dense(projectionDim, name: $"{name}_pointwise_conv_2").Call(x);
        x = new LayerScale(layerScaleInitValue, projectionDim, name: $"{name}_layer_scale").Call(x);
        return inputs + new Activation("linear", name: $"{name}_identity").Call(x);
    }
}
