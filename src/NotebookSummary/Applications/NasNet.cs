using NotebookSummary.Analysis;

namespace NotebookSummary;

// NASNetMobile and NASNetLarge (keras.applications.nasnet): cells found by architecture search — normal cells that
// keep the size, reduction cells that halve it — each combining the previous two cells' outputs.
public static partial class Applications
{
    /// <summary>Keras's <c>keras.applications.NASNetMobile</c>: 5,326,716 parameters with the default arguments.</summary>
    public static Model NASNetMobile(Size? inputShape = null, bool includeTop = true, string? weights = "imagenet",
        KerasTensor? inputTensor = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "nasnet_mobile")
    {
        if (!includeTop && inputShape is null) inputShape = (224, 224, 3);
        return NasNet(inputShape, 1056, 4, 32, skipReduction: false, 2, includeTop, weights, inputTensor, pooling, classes,
            224, classifierActivation, name);
    }

    /// <summary>Keras's <c>keras.applications.NASNetLarge</c>.</summary>
    public static Model NASNetLarge(Size? inputShape = null, bool includeTop = true, string? weights = "imagenet",
        KerasTensor? inputTensor = null, string? pooling = null, int classes = 1000, string? classifierActivation = "softmax",
        string name = "nasnet_large") =>
        NasNet(inputShape, 4032, 6, 96, skipReduction: true, 2, includeTop, weights, inputTensor, pooling, classes, 331,
            classifierActivation, name);

    private static Model NasNet(Size? inputShape, int penultimateFilters, int numBlocks, int stemBlockFilters, bool skipReduction,
        int filterMultiplier, bool includeTop, string? weights, KerasTensor? inputTensor, string? pooling, int classes,
        int defaultSize, string? classifierActivation, string name)
    {
        var head = new ApplicationHead(includeTop, weights, pooling, classes, classifierActivation);
        if (inputShape is { IsTuple: true } given && given.Values.Contains(null) && weights == ImagenetUtils.Imagenet)
            throw new ApplicationArgumentException("When specifying the input shape of a NASNet and loading `ImageNet` weights, "
                + $"the input_shape argument must be static (no None entries). Got: `input_shape={KerasNumbers.Tuple(given.Values)}`.",
                "give every size in input_shape, or write weights=None");
        var shape = head.CheckedInputShape(inputShape, defaultSize, 32,
            "The `weights` argument should be either `None` (random initialization), `imagenet` "
            + "(pre-training on ImageNet), or the path to the weights file to be loaded.",
            "If using `weights` as `\"imagenet\"` with `include_top` as true, `classes` should be 1000");
        var image = ImagenetUtils.ImageInput(inputTensor, shape);
        var cells = new NasNetCells(GraphShapes.ForTensors());

        int filters = penultimateFilters / 24;
        var x = new Conv2D(stemBlockFilters, (3, 3), strides: (2, 2), padding: "valid", useBias: false, name: "stem_conv1").Call(image);
        x = NasNetCells.Bn(x, "stem_bn1");
        KerasTensor? p = null;
        (x, p) = cells.Reduction(x, p, filters / (filterMultiplier * filterMultiplier), "stem_1");
        (x, p) = cells.Reduction(x, p, filters / filterMultiplier, "stem_2");
        for (int i = 0; i < numBlocks; i++) (x, p) = cells.Normal(x, p, filters, $"{i}");
        (x, var p0) = cells.Reduction(x, p, filters * filterMultiplier, $"reduce_{numBlocks}");
        if (!skipReduction) p = p0;
        for (int i = 0; i < numBlocks; i++) (x, p) = cells.Normal(x, p, filters * filterMultiplier, $"{numBlocks + i + 1}");
        (x, p0) = cells.Reduction(x, p, filters * filterMultiplier * filterMultiplier, $"reduce_{2 * numBlocks}");
        if (!skipReduction) p = p0;
        for (int i = 0; i < numBlocks; i++)
            (x, p) = cells.Normal(x, p, filters * filterMultiplier * filterMultiplier, $"{2 * numBlocks + i + 1}");
        x = new Activation("relu").Call(x);
        x = includeTop ? head.Predictions(new GlobalAveragePooling2D().Call(x)) : head.Pool(x, avgName: null, maxName: null);
        return ImagenetUtils.Model(image, x, name);
    }

    /// <summary>
    /// NASNet-A's cells (Keras's <c>_normal_a_cell</c>, <c>_reduction_a_cell</c> and their helpers), in Keras's order of
    /// creation: many of their layers are unnamed and take Keras's counters (activation, add, concatenate, ...).
    /// </summary>
    private sealed class NasNetCells(GraphShapes shapes)
    {
        public static KerasTensor Bn(KerasTensor x, string name) =>
            new BatchNormalization(axis: -1, momentum: 0.9997, epsilon: 1e-3, name: name).Call(x);

        public (KerasTensor X, KerasTensor Ip) Normal(KerasTensor ip, KerasTensor? p, int filters, string id)
        {
            var pp = Adjust(p, ip, filters, id);
            var h = Squeeze(ip, filters, $"normal_conv_1_{id}", $"normal_bn_1_{id}");
            var x1a = SeparableBlock(h, filters, 5, 1, $"normal_left1_{id}");
            var x1b = SeparableBlock(pp, filters, 3, 1, $"normal_right1_{id}");
            var x1 = new Add(name: $"normal_add_1_{id}").Call(x1a, x1b);
            var x2a = SeparableBlock(pp, filters, 5, 1, $"normal_left2_{id}");
            var x2b = SeparableBlock(pp, filters, 3, 1, $"normal_right2_{id}");
            var x2 = new Add(name: $"normal_add_2_{id}").Call(x2a, x2b);
            var x3 = AveragePool(h, 1, "same", $"normal_left3_{id}");
            x3 = new Add(name: $"normal_add_3_{id}").Call(x3, pp);
            var x4a = AveragePool(pp, 1, "same", $"normal_left4_{id}");
            var x4b = AveragePool(pp, 1, "same", $"normal_right4_{id}");
            var x4 = new Add(name: $"normal_add_4_{id}").Call(x4a, x4b);
            var x5 = SeparableBlock(h, filters, 3, 1, $"normal_left5_{id}");
            x5 = new Add(name: $"normal_add_5_{id}").Call(x5, h);
            return (new Concatenate(axis: -1, name: $"normal_concat_{id}").Call(pp, x1, x2, x3, x4, x5), ip);
        }

        public (KerasTensor X, KerasTensor Ip) Reduction(KerasTensor ip, KerasTensor? p, int filters, string id)
        {
            var pp = Adjust(p, ip, filters, id);
            var h = Squeeze(ip, filters, $"reduction_conv_1_{id}", $"reduction_bn_1_{id}");
            var h3 = new ZeroPadding2D(ImagenetUtils.CorrectPad(shapes, h, 3), name: $"reduction_pad_1_{id}").Call(h);
            var x1a = SeparableBlock(h, filters, 5, 2, $"reduction_left1_{id}");
            var x1b = SeparableBlock(pp, filters, 7, 2, $"reduction_right1_{id}");
            var x1 = new Add(name: $"reduction_add_1_{id}").Call(x1a, x1b);
            var x2a = new MaxPooling2D((3, 3), strides: (2, 2), padding: "valid", name: $"reduction_left2_{id}").Call(h3);
            var x2b = SeparableBlock(pp, filters, 7, 2, $"reduction_right2_{id}");
            var x2 = new Add(name: $"reduction_add_2_{id}").Call(x2a, x2b);
            var x3a = new AveragePooling2D((3, 3), strides: (2, 2), padding: "valid", name: $"reduction_left3_{id}").Call(h3);
            var x3b = SeparableBlock(pp, filters, 5, 2, $"reduction_right3_{id}");
            var x3 = new Add(name: $"reduction_add3_{id}").Call(x3a, x3b);
            var x4 = AveragePool(x1, 1, "same", $"reduction_left4_{id}");
            x4 = new Add().Call(x2, x4);
            var x5a = SeparableBlock(x1, filters, 3, 1, $"reduction_left4_{id}");
            var x5b = new MaxPooling2D((3, 3), strides: (2, 2), padding: "valid", name: $"reduction_right5_{id}").Call(h3);
            var x5 = new Add(name: $"reduction_add4_{id}").Call(x5a, x5b);
            return (new Concatenate(axis: -1, name: $"reduction_concat_{id}").Call(x2, x3, x4, x5), ip);
        }

        // relu, a 1×1 convolution to the cell's filters, batch normalization.
        private static KerasTensor Squeeze(KerasTensor ip, int filters, string convName, string bnName)
        {
            var h = new Activation("relu").Call(ip);
            h = new Conv2D(filters, (1, 1), strides: (1, 1), padding: "same", useBias: false, name: convName).Call(h);
            return Bn(h, bnName);
        }

        private static KerasTensor AveragePool(KerasTensor x, int stride, string padding, string name) =>
            new AveragePooling2D((3, 3), strides: (stride, stride), padding: padding, name: name).Call(x);

        // Keras's _separable_conv_block: twice relu, separable convolution, batch normalization (the first strided).
        private KerasTensor SeparableBlock(KerasTensor ip, int filters, int kernel, int stride, string id)
        {
            var x = new Activation("relu").Call(ip);
            string padding = "same";
            if (stride == 2)
            {
                x = new ZeroPadding2D(ImagenetUtils.CorrectPad(shapes, x, kernel), name: $"separable_conv_1_pad_{id}").Call(x);
                padding = "valid";
            }
            x = new SeparableConv2D(filters, (kernel, kernel), strides: (stride, stride), name: $"separable_conv_1_{id}",
                padding: padding, useBias: false).Call(x);
            x = Bn(x, $"separable_conv_1_bn_{id}");
            x = new Activation("relu").Call(x);
            x = new SeparableConv2D(filters, (kernel, kernel), name: $"separable_conv_2_{id}", padding: "same", useBias: false).Call(x);
            return Bn(x, $"separable_conv_2_bn_{id}");
        }

        // Keras's _adjust_block: the previous cell's output brought to this cell's size (a factorized reduction) or
        // filters (a 1×1 projection); the cell's own input when there is none.
        private KerasTensor Adjust(KerasTensor? p, KerasTensor ip, int filters, string id)
        {
            if (p is null) return ip;
            var pShape = shapes.OutputShape(p);
            if (pShape[-2] != shapes.OutputShape(ip)[-2])
            {
                p = new Activation("relu", name: $"adjust_relu_1_{id}").Call(p);
                var p1 = new AveragePooling2D((1, 1), strides: (2, 2), padding: "valid", name: $"adjust_avg_pool_1_{id}").Call(p);
                p1 = new Conv2D(filters / 2, (1, 1), padding: "same", useBias: false, name: $"adjust_conv_1_{id}").Call(p1);
                var p2 = new ZeroPadding2D(((0, 1), (0, 1))).Call(p);
                p2 = new Cropping2D(((1, 0), (1, 0))).Call(p2);
                p2 = new AveragePooling2D((1, 1), strides: (2, 2), padding: "valid", name: $"adjust_avg_pool_2_{id}").Call(p2);
                p2 = new Conv2D(filters / 2, (1, 1), padding: "same", useBias: false, name: $"adjust_conv_2_{id}").Call(p2);
                p = new Concatenate(axis: -1).Call(p1, p2);
                return Bn(p, $"adjust_bn_{id}");
            }
            if (pShape[-1] != filters)
            {
                p = new Activation("relu").Call(p);
                p = new Conv2D(filters, (1, 1), strides: (1, 1), padding: "same", name: $"adjust_conv_projection_{id}", useBias: false).Call(p);
                return Bn(p, $"adjust_bn_{id}");
            }
            return p;
        }
    }
}
