using System.Globalization;
using NotebookSummary.Analysis;

namespace NotebookSummary;

// MobileNetV2 (keras.applications.mobilenet_v2): inverted residual blocks of a 1×1 expansion, a 3×3 depthwise
// convolution and a linear 1×1 projection, with ReLU6; alpha scales every width.
public static partial class Applications
{
    /// <summary>
    /// Keras's <c>keras.applications.MobileNetV2</c>: 3,538,984 parameters with the default arguments. The default
    /// name is <c>mobilenetv2_{alpha:.2f}_{rows}</c>, e.g. <c>mobilenetv2_1.00_224</c>.
    /// </summary>
    public static Model MobileNetV2(Size? inputShape = null, double alpha = 1.0, bool includeTop = true,
        string? weights = "imagenet", KerasTensor? inputTensor = null, string? pooling = null, int classes = 1000,
        string? classifierActivation = "softmax", string? name = null)
    {
        ImagenetUtils.CheckWeights(weights, "The `weights` argument should be either `None` (random initialization), `imagenet` "
            + "(pre-training on ImageNet), or the path to the weights file to be loaded.  Received `weights={0}`");
        ImagenetUtils.CheckClasses(weights, includeTop, classes,
            "If using `weights=\"imagenet\"` with `include_top` as true, `classes` should be 1000. Received `classes={0}`");
        int defaultSize = MobileNetDefaultSize(inputShape, inputTensor, [96, 128, 160, 192, 224],
            "input_tensor.shape[2] must equal input_shape[1]; Received `input_tensor.shape={0}`, `input_shape={1}`");
        var shape = ImagenetUtils.ObtainInputShape(inputShape, defaultSize, 32, includeTop, weights);
        if (weights == ImagenetUtils.Imagenet && Array.IndexOf([0.35, 0.50, 0.75, 1.0, 1.3, 1.4], alpha) < 0)
            throw new ApplicationArgumentException("If imagenet weights are being loaded, alpha must be one of `0.35`, `0.50`, "
                + $"`0.75`, `1.0`, `1.3` or `1.4` only; Received `alpha={Keras.Python.PyOps.FloatRepr(alpha)}`", "write weights=None to use another alpha");
        var head = new ApplicationHead(includeTop, weights, pooling, classes, classifierActivation);
        var image = ImagenetUtils.ImageInput(inputTensor, shape);

        var shapes = GraphShapes.ForTensors();
        int channels = MakeDivisible(32 * alpha, 8);
        var x = new Conv2D(channels, kernelSize: 3, strides: (2, 2), padding: "same", useBias: false, name: "Conv1").Call(image);
        x = MobileNetV2Bn(x, "bn_Conv1");
        x = new ReLU(6.0, name: "Conv1_relu").Call(x);

        // (filters, stride, expansion) of blocks 0 to 16.
        (int Filters, int Stride, int Expansion)[] blocks =
        [
            (16, 1, 1), (24, 2, 6), (24, 1, 6), (32, 2, 6), (32, 1, 6), (32, 1, 6), (64, 2, 6), (64, 1, 6), (64, 1, 6),
            (64, 1, 6), (96, 1, 6), (96, 1, 6), (96, 1, 6), (160, 2, 6), (160, 1, 6), (160, 1, 6), (320, 1, 6),
        ];
        for (int id = 0; id < blocks.Length; id++)
            x = InvertedResidualBlock(shapes, x, ref channels, blocks[id].Expansion, blocks[id].Stride, alpha, blocks[id].Filters, id);

        int lastFilters = alpha > 1.0 ? MakeDivisible(1280 * alpha, 8) : 1280;
        x = new Conv2D(lastFilters, kernelSize: 1, useBias: false, name: "Conv_1").Call(x);
        x = MobileNetV2Bn(x, "Conv_1_bn");
        x = new ReLU(6.0, name: "out_relu").Call(x);
        x = includeTop ? head.Predictions(new GlobalAveragePooling2D().Call(x)) : head.Pool(x, avgName: null, maxName: null);

        return ImagenetUtils.Model(image, x, name ?? MobileNetName("mobilenetv2", alpha, shape, weights, [96, 128, 160, 192, 224]));
    }

    // Keras's _inverted_res_block; `channels` is the input's channel count, then the block's output's.
    private static KerasTensor InvertedResidualBlock(GraphShapes shapes, KerasTensor inputs, ref int channels, int expansion, int stride,
        double alpha, int filters, int blockId)
    {
        int pointwise = MakeDivisible((int)(filters * alpha), 8);
        var x = inputs;
        string prefix = $"block_{blockId}_";
        if (blockId != 0)
        {
            x = new Conv2D(expansion * channels, kernelSize: 1, padding: "same", useBias: false, name: $"{prefix}expand").Call(x);
            x = MobileNetV2Bn(x, $"{prefix}expand_BN");
            x = new ReLU(6.0, name: $"{prefix}expand_relu").Call(x);
        }
        else
        {
            prefix = "expanded_conv_";
        }
        if (stride == 2)
            x = new ZeroPadding2D(ImagenetUtils.CorrectPad(shapes, x, 3), name: $"{prefix}pad").Call(x);
        x = new DepthwiseConv2D(3, strides: stride, useBias: false, padding: stride == 1 ? "same" : "valid",
            name: $"{prefix}depthwise").Call(x);
        x = MobileNetV2Bn(x, $"{prefix}depthwise_BN");
        x = new ReLU(6.0, name: $"{prefix}depthwise_relu").Call(x);
        x = new Conv2D(pointwise, kernelSize: 1, padding: "same", useBias: false, name: $"{prefix}project").Call(x);
        x = MobileNetV2Bn(x, $"{prefix}project_BN");
        bool residual = channels == pointwise && stride == 1;
        channels = pointwise;
        return residual ? new Add(name: $"{prefix}add").Call(inputs, x) : x;
    }

    private static KerasTensor MobileNetV2Bn(KerasTensor x, string name) =>
        new BatchNormalization(axis: -1, epsilon: 1e-3, momentum: 0.999, name: name).Call(x);

    /// <summary>Keras's <c>_make_divisible</c>: the nearest multiple of <paramref name="divisor"/>, never 10% below <paramref name="v"/>.</summary>
    internal static int MakeDivisible(double v, int divisor, int? minValue = null)
    {
        int min = minValue ?? divisor;
        int rounded = Math.Max(min, (int)(v + divisor / 2.0) / divisor * divisor);
        return rounded < 0.9 * v ? rounded + divisor : rounded;
    }

    /// <summary>
    /// Keras's default name of a MobileNet: <c>{prefix}_{alpha:.2f}_{rows}</c>, where rows are 224 when ImageNet weights
    /// are loaded for a size they do not exist for (Keras then loads the 224 ones).
    /// </summary>
    private static string MobileNetName(string prefix, double alpha, int?[] shape, string? weights, int[] sizes)
    {
        int? rows = shape[0];
        if (weights == ImagenetUtils.Imagenet && (rows != shape[1] || rows is not { } r || Array.IndexOf(sizes, r) < 0)) rows = 224;
        return $"{prefix}_{alpha.ToString("0.00", CultureInfo.InvariantCulture)}_{KerasNumbers.Dim(rows)}";
    }

    /// <summary>
    /// The size MobileNets default to: the input's rows when square and one of <paramref name="sizes"/> (the sizes
    /// Keras has weights for), else 224; an input tensor must agree with an input_shape given with it.
    /// </summary>
    private static int MobileNetDefaultSize(Size? inputShape, KerasTensor? inputTensor, int[] sizes, string mismatch)
    {
        long? rows, cols;
        if (inputShape is { } given)
        {
            var dims = given.Values;
            if (inputTensor is not null && dims.Count > 1 && inputTensor.Shape.Rank > 2 && inputTensor.Shape[2] != dims[1])
                throw new ApplicationArgumentException(string.Format(CultureInfo.InvariantCulture, mismatch,
                    KerasNumbers.Tuple(inputTensor.Shape.Dims.Select(d => (int?)d).ToArray()), KerasNumbers.Tuple(dims)),
                    "leave input_shape out: the input tensor gives it");
            rows = dims.Count > 0 ? dims[0] : null;
            cols = dims.Count > 1 ? dims[1] : null;
        }
        else if (inputTensor is not null && inputTensor.Shape.Rank > 2)
        {
            rows = inputTensor.Shape[1];
            cols = inputTensor.Shape[2];
        }
        else
        {
            return 224;
        }
        return rows == cols && rows is { } r && Array.IndexOf(sizes, (int)r) >= 0 ? (int)r : 224;
    }
}
