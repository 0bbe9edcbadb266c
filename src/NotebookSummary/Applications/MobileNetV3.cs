using System.Globalization;
using NotebookSummary.Analysis;

namespace NotebookSummary;

// MobileNetV3 Small and Large (keras.applications.mobilenet_v3): inverted residual blocks with optional
// squeeze-and-excitation and hard-swish. Keras writes hard_sigmoid with Python operators, ReLU(6)(x + 3) * (1/6), so
// its sum and product are operation rows (add, multiply) of the summary.
public static partial class Applications
{
    /// <summary>
    /// Keras's <c>keras.applications.MobileNetV3Small</c>: 2,554,968 parameters with the default arguments. Unlike most
    /// Applications, the input is <c>(None, None, 3)</c> unless a shape is given, even with the top.
    /// </summary>
    public static Model MobileNetV3Small(Size? inputShape = null, double alpha = 1.0, bool minimalistic = false,
        bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null, int classes = 1000,
        string? pooling = null, double dropoutRate = 0.2, string? classifierActivation = "softmax",
        bool includePreprocessing = true, string? name = "MobileNetV3Small")
    {
        // Keras's stack_fn: (expansion, filters, kernel: 0 for the model's own, stride, squeeze-and-excite, model's activation).
        V3Block[] blocks =
        [
            new(1, 16, 3, 2, true, false), new(72.0 / 16, 24, 3, 2, false, false), new(88.0 / 24, 24, 3, 1, false, false),
            new(4, 40, 0, 2, true, true), new(6, 40, 0, 1, true, true), new(6, 40, 0, 1, true, true),
            new(3, 48, 0, 1, true, true), new(3, 48, 0, 1, true, true), new(6, 96, 0, 2, true, true),
            new(6, 96, 0, 1, true, true), new(6, 96, 0, 1, true, true),
        ];
        return MobileNetV3(blocks, 1024, inputShape, alpha, minimalistic, includeTop, weights, inputTensor, classes, pooling,
            dropoutRate, classifierActivation, includePreprocessing, name);
    }

    /// <summary>Keras's <c>keras.applications.MobileNetV3Large</c>: 5,507,432 parameters with the default arguments.</summary>
    public static Model MobileNetV3Large(Size? inputShape = null, double alpha = 1.0, bool minimalistic = false,
        bool includeTop = true, string? weights = "imagenet", KerasTensor? inputTensor = null, int classes = 1000,
        string? pooling = null, double dropoutRate = 0.2, string? classifierActivation = "softmax",
        bool includePreprocessing = true, string? name = "MobileNetV3Large")
    {
        V3Block[] blocks =
        [
            new(1, 16, 3, 1, false, false), new(4, 24, 3, 2, false, false), new(3, 24, 3, 1, false, false),
            new(3, 40, 0, 2, true, false), new(3, 40, 0, 1, true, false), new(3, 40, 0, 1, true, false),
            new(6, 80, 3, 2, false, true), new(2.5, 80, 3, 1, false, true), new(2.3, 80, 3, 1, false, true),
            new(2.3, 80, 3, 1, false, true), new(6, 112, 3, 1, true, true), new(6, 112, 3, 1, true, true),
            new(6, 160, 0, 2, true, true), new(6, 160, 0, 1, true, true), new(6, 160, 0, 1, true, true),
        ];
        return MobileNetV3(blocks, 1280, inputShape, alpha, minimalistic, includeTop, weights, inputTensor, classes, pooling,
            dropoutRate, classifierActivation, includePreprocessing, name);
    }

    // One _inverted_res_block call: Kernel 0 is the model's kernel (5, or 3 when minimalistic); SqueezeExcite uses the
    // model's se_ratio (none when minimalistic); ModelActivation uses hard-swish (ReLU when minimalistic) instead of ReLU.
    private readonly record struct V3Block(double Expansion, int Filters, int Kernel, int Stride, bool SqueezeExcite, bool ModelActivation);

    private static Model MobileNetV3(V3Block[] blocks, int lastPointChannels, Size? inputShape, double alpha, bool minimalistic,
        bool includeTop, string? weights, KerasTensor? inputTensor, int classes, string? pooling, double dropoutRate,
        string? classifierActivation, bool includePreprocessing, string? name)
    {
        ImagenetUtils.CheckWeights(weights, "The `weights` argument should be either `None` (random initialization), `imagenet` "
            + "(pre-training on ImageNet), or the path to the weights file to be loaded.  Received weights={0}");
        ImagenetUtils.CheckClasses(weights, includeTop, classes,
            "If using `weights=\"imagenet\"` with `include_top` as true, `classes` should be 1000.  Received classes={0}");
        var shape = MobileNetV3InputShape(inputShape, inputTensor);
        if (weights == ImagenetUtils.Imagenet && (minimalistic ? alpha != 1.0 : alpha is not (0.75 or 1.0)))
            throw new ApplicationArgumentException("If imagenet weights are being loaded, alpha can be one of `0.75`, `1.0` "
                + "for non minimalistic or `1.0` for minimalistic only.", "write weights=None to use another alpha");
        var image = ImagenetUtils.ImageInput(inputTensor, shape);

        int kernel = minimalistic ? 3 : 5;
        KerasTensor Activation(KerasTensor t) => minimalistic ? new ReLU().Call(t) : new Activation("hard_swish").Call(t);

        var shapes = GraphShapes.ForTensors();
        var x = image;
        if (includePreprocessing) x = new Rescaling(scale: 1.0 / 127.5, offset: -1.0).Call(x);
        x = new Conv2D(16, kernelSize: 3, strides: (2, 2), padding: "same", useBias: false, name: "conv").Call(x);
        x = MobileNetV2Bn(x, "conv_bn");
        x = Activation(x);

        int channels = 16;
        for (int id = 0; id < blocks.Length; id++)
        {
            var block = blocks[id];
            x = V3InvertedResidualBlock(shapes, x, ref channels, block.Expansion, MakeDivisible(block.Filters * alpha, 8),
                block.Kernel == 0 ? kernel : block.Kernel, block.Stride, block.SqueezeExcite && !minimalistic,
                block.ModelActivation ? Activation : t => new ReLU().Call(t), id);
        }

        int lastConvChannels = MakeDivisible(channels * 6, 8);
        if (alpha > 1.0) lastPointChannels = MakeDivisible(lastPointChannels * alpha, 8);
        x = new Conv2D(lastConvChannels, kernelSize: 1, padding: "same", useBias: false, name: "conv_1").Call(x);
        x = MobileNetV2Bn(x, "conv_1_bn");
        x = Activation(x);
        if (includeTop)
        {
            x = new GlobalAveragePooling2D(keepdims: true).Call(x);
            x = new Conv2D(lastPointChannels, kernelSize: 1, padding: "same", useBias: true, name: "conv_2").Call(x);
            x = Activation(x);
            if (dropoutRate > 0) x = new Dropout(dropoutRate).Call(x);
            x = new Conv2D(classes, kernelSize: 1, padding: "same", name: "logits").Call(x);
            x = new Flatten().Call(x);
            ImagenetUtils.ValidateActivation(classifierActivation, weights);
            x = new Activation(classifierActivation ?? "linear", name: "predictions").Call(x);
        }
        else
        {
            x = new ApplicationHead(includeTop, weights, pooling, classes, classifierActivation).Pool(x);
        }
        return ImagenetUtils.Model(image, x, name!);
    }

    // Keras's _inverted_res_block (MobileNetV3): `channels` is the input's channel count, then the block's output's.
    private static KerasTensor V3InvertedResidualBlock(GraphShapes shapes, KerasTensor inputs, ref int channels, double expansion,
        int filters, int kernelSize, int stride, bool squeezeExcite, Func<KerasTensor, KerasTensor> activation, int blockId)
    {
        var x = inputs;
        string prefix = "expanded_conv_";
        int expanded = MakeDivisible(channels * expansion, 8);
        if (blockId != 0)
        {
            prefix = $"expanded_conv_{blockId}_";
            x = new Conv2D(expanded, kernelSize: 1, padding: "same", useBias: false, name: $"{prefix}expand").Call(x);
            x = MobileNetV2Bn(x, $"{prefix}expand_bn");
            x = activation(x);
        }
        if (stride == 2)
            x = new ZeroPadding2D(ImagenetUtils.CorrectPad(shapes, x, kernelSize), name: $"{prefix}depthwise_pad").Call(x);
        x = new DepthwiseConv2D(kernelSize, strides: stride, padding: stride == 1 ? "same" : "valid", useBias: false,
            name: $"{prefix}depthwise").Call(x);
        x = MobileNetV2Bn(x, $"{prefix}depthwise_bn");
        x = activation(x);
        if (squeezeExcite) x = V3SqueezeExcite(x, expanded, 0.25, prefix);
        x = new Conv2D(filters, kernelSize: 1, padding: "same", useBias: false, name: $"{prefix}project").Call(x);
        x = MobileNetV2Bn(x, $"{prefix}project_bn");
        bool residual = stride == 1 && channels == filters;
        channels = filters;
        return residual ? new Add(name: $"{prefix}add").Call(inputs, x) : x;
    }

    // Keras's _se_block: the channels' averages (kept as 1×1), reduced and expanded by 1×1 convolutions, then Keras's
    // hard_sigmoid, ReLU(6.0)(x + 3.0) * (1.0 / 6.0): a sum row, the ReLU, a product row, in that order.
    private static KerasTensor V3SqueezeExcite(KerasTensor inputs, int filters, double seRatio, string prefix)
    {
        var x = new GlobalAveragePooling2D(keepdims: true, name: $"{prefix}squeeze_excite_avg_pool").Call(inputs);
        x = new Conv2D(MakeDivisible(filters * seRatio, 8), kernelSize: 1, padding: "same", name: $"{prefix}squeeze_excite_conv").Call(x);
        x = new ReLU(name: $"{prefix}squeeze_excite_relu").Call(x);
        x = new Conv2D(filters, kernelSize: 1, padding: "same", name: $"{prefix}squeeze_excite_conv_1").Call(x);
        x = new ReLU(6.0).Call(x + 3.0) * (1.0 / 6.0);
        return new Multiply(name: $"{prefix}squeeze_excite_mul").Call(inputs, x);
    }

    // MobileNetV3 does not use obtain_input_shape: without a shape the input is (None, None, 3), one from an input
    // tensor is (cols, rows, 3) as Keras writes it, and only sizes below 32 are refused.
    private static int?[] MobileNetV3InputShape(Size? inputShape, KerasTensor? inputTensor)
    {
        int?[] shape;
        if (inputShape is { } given)
        {
            shape = given.Values.ToArray();
            if (inputTensor is not null && inputTensor.Shape.Rank > 2 && shape.Length > 1 && inputTensor.Shape[2] != shape[1])
                throw new ApplicationArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "input_shape[1] must equal input_tensor.shape[2].  Received input_shape={0}, input_tensor.shape={1}",
                    KerasNumbers.Tuple(shape), KerasNumbers.Tuple(inputTensor.Shape.Dims.Select(d => (int?)d).ToArray())),
                    "leave input_shape out: the input tensor gives it");
        }
        else if (inputTensor is not null && inputTensor.Shape.Rank > 2)
        {
            shape = [(int?)inputTensor.Shape[2], (int?)inputTensor.Shape[1], 3];
        }
        else
        {
            shape = [null, null, 3];
        }
        int? rows = shape.Length > 0 ? shape[0] : null, cols = shape.Length > 1 ? shape[1] : null;
        if (rows is > 0 && cols is > 0 && (rows < 32 || cols < 32))
            throw new ApplicationArgumentException($"Input size must be at least 32x32; Received `input_shape={KerasNumbers.Tuple(shape)}`",
                "this architecture needs images of at least 32×32 pixels");
        return shape;
    }
}
