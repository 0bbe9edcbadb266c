using NotebookSummary.Analysis;
using NotebookSummary.Tests.Support;
using Apps = NotebookSummary.Applications;

namespace NotebookSummary.Tests.Applications;

/// <summary>
/// The C# API of Keras Applications: transfer learning on a frozen base, an input tensor of the code's own, Keras's
/// argument errors as exceptions with Keras's messages, Keras's layer names, and work that grows with the layers.
/// </summary>
public class ApplicationApiTests
{
    [Fact]
    public void A_frozen_base_is_one_functional_row_whose_weights_do_not_train()
    {
        // As the reader's transfer-learning test: MobileNetV2 without its top has 3,538,984 − 1,281,000 parameters.
        var baseModel = Apps.MobileNetV2(inputShape: (160, 160, 3), includeTop: false).WithTrainable(false);
        var inputs = new Input(160, 160, 3);
        var x = baseModel.Call(inputs);
        x = new GlobalAveragePooling2D().Call(x);
        var model = new Model(inputs, new Dense(1).Call(x));

        var summary = model.Summarize();
        Assert.True(summary.IsValid, summary.Error?.ToString());
        Assert.Equal(["input_layer_1", "mobilenetv2_1.00_160", "global_average_pooling2d", "dense"], summary.Rows.Select(r => r.Name));
        Assert.Equal("Functional", summary.Rows[1].ClassName);
        Assert.False(summary.Rows[1].Trainable);
        Assert.Equal(2_257_984, summary.Totals.NonTrainableParams);
        Assert.Equal(1_281, summary.Totals.TrainableParams);
    }

    [Fact]
    public void The_base_left_trainable_trains_all_but_its_batch_statistics()
    {
        var inputs = new Input(96, 96, 3);
        var model = new Model(inputs, Apps.MobileNetV2(inputShape: (96, 96, 3), alpha: 0.35, includeTop: false, weights: null,
            pooling: "avg").Call(inputs));
        var summary = model.Summarize();
        // Case 0126's model: 410,208 parameters, 14,080 of them the moving statistics of its batch normalizations.
        Assert.Equal(410_208, summary.Totals.Params);
        Assert.Equal(14_080, summary.Totals.NonTrainableParams);
        Assert.True(summary.Rows[1].Trainable);
    }

    [Fact]
    public void An_input_tensor_with_layers_before_it_keeps_them_in_the_model()
    {
        var inputs = new Input(64, 64, 3);
        var scaled = new Rescaling(1.0 / 255).Call(inputs);
        var model = Apps.ResNet50(includeTop: false, weights: null, inputTensor: scaled, pooling: "avg");
        var summary = model.Summarize();
        Assert.True(summary.IsValid, summary.Error?.ToString());
        Assert.Equal(["input_layer", "rescaling", "conv1_pad"], summary.Rows.Take(3).Select(r => r.Name));
        Assert.Equal("avg_pool", summary.Rows[^1].Name);
        Assert.Equal(new Shape(null, 2048), summary.Rows[^1].OutputShape);
        // ResNet50's 25,636,712 less its classifier (2048·1000 + 1000).
        Assert.Equal(23_587_712, summary.Totals.Params);
    }

    [Fact]
    public void Keras_s_errors_are_exceptions_with_keras_s_message_and_a_hint()
    {
        var e = Assert.Throws<ApplicationArgumentException>(() => Apps.ResNet50(classes: 10));
        Assert.Equal("If using `weights='imagenet'` with `include_top=True`, `classes` should be 1000.  Received classes=10", e.Message);
        Assert.NotNull(e.Hint);
        e = Assert.Throws<ApplicationArgumentException>(() => Apps.InceptionV3(includeTop: false, weights: null, inputShape: (64, 64, 3)));
        Assert.Equal("Input size must be at least 75x75; Received: input_shape=(64, 64, 3)", e.Message);
        e = Assert.Throws<ApplicationArgumentException>(() => Apps.EfficientNetB0(classes: 5));
        Assert.Equal("If using `weights=\"imagenet\"` with `include_top` as true, `classes` should be 1000", e.Message);
        e = Assert.Throws<ApplicationArgumentException>(() => Apps.MobileNet(depthMultiplier: 2));
        Assert.Equal("If imagenet weights are being loaded, depth multiplier must be 1.  Received depth_multiplier=2", e.Message);
    }

    [Fact]
    public void Weights_do_not_change_the_architecture()
    {
        var random = Apps.ResNet50(weights: null).Summarize();
        var imagenet = Apps.ResNet50().Summarize();
        Assert.Equal(random.Rows.Select(r => (r.Name, r.Params)), imagenet.Rows.Select(r => (r.Name, r.Params)));
    }

    // Names read from Keras's resnet.py: a V2 block starts with its pre-activation, a stride ends a stack with an
    // unnamed 1×1 max pooling on the shortcut; the model ends with post_bn and post_relu.
    [Fact]
    public void ResNet50V2_has_keras_s_names_and_unnamed_shortcut_poolings()
    {
        var summary = Apps.ResNet50V2(weights: null, includeTop: false).Summarize();
        var names = summary.Rows.Select(r => r.Name).ToList();
        Assert.Equal(["input_layer", "conv1_pad", "conv1_conv", "pool1_pad", "pool1_pool", "conv2_block1_preact_bn"], names.Take(6));
        Assert.Equal(["max_pooling2d", "max_pooling2d_1", "max_pooling2d_2"], names.Where(n => n.StartsWith("max_pooling2d", StringComparison.Ordinal)));
        Assert.Equal(["post_bn", "post_relu"], names.TakeLast(2));
        // Without its top and an input_shape, Keras's input is (None, None, 3): the sizes stay unknown.
        Assert.Equal(new Shape(null, null, null, 2048), summary.Rows[^1].OutputShape);
    }

    [Fact]
    public void InceptionResNetV2_scales_its_residuals_with_custom_scale_layers()
    {
        var summary = Apps.InceptionResNetV2(weights: null, includeTop: false).Summarize();
        var scales = summary.Rows.Where(r => r.ClassName == "CustomScaleLayer").ToList();
        Assert.Equal(40, scales.Count); // 10 block35, 20 block17, 10 block8
        Assert.Equal("custom_scale_layer", scales[0].Name);
        Assert.All(scales, r => Assert.Equal(0, r.Params));
    }

    private static long Work(Func<Model> build, out int rows)
    {
        ModelSummary? summary = null;
        // The smaller of two runs: tests running beside this one can make a run pay once for a process-wide cache
        // (a fresh CI run measured ResNet152 at 2.05 MB where it allocates about 1.35 MB alone); work that grows
        // with the layers shows in both runs.
        long bytes = WorkMeter.LeastAllocatedBytes(() => summary = build().Summarize());
        Assert.True(summary!.IsValid);
        rows = summary.Rows.Count;
        return bytes;
    }

    // Building and summarizing an architecture costs about the same per layer, however deep it is: each layer is
    // built once while the architecture asks for sizes (correct_pad, NASNet's adjust), not once per question.
    [Theory]
    [InlineData("ResNet")]
    [InlineData("EfficientNet")]
    [InlineData("NASNet")]
    public void Work_grows_with_the_layers_not_faster(string family)
    {
        (Func<Model> small, Func<Model> large) = family switch
        {
            "ResNet" => ((Func<Model>)(() => Apps.ResNet50(weights: null)), (Func<Model>)(() => Apps.ResNet152(weights: null))),
            "EfficientNet" => (() => Apps.EfficientNetB0(weights: null), () => Apps.EfficientNetB7(weights: null)),
            _ => (() => Apps.NASNetMobile(weights: null), () => Apps.NASNetLarge(weights: null)),
        };
        Work(small, out _); // warm-up
        long smallWork = Work(small, out int smallRows), largeWork = Work(large, out int largeRows);
        double perLayerRatio = (double)largeWork / largeRows / ((double)smallWork / smallRows);
        Assert.True(perLayerRatio < 1.5, $"{family}: {largeWork:N0} bytes for {largeRows} rows against {smallWork:N0} for {smallRows}");
    }
}
