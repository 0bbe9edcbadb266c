using NotebookSummary.Keras;
using Apps = NotebookSummary.Applications;

namespace NotebookSummary.Tests.Applications;

/// <summary>
/// MobileNetV3 and ConvNeXt, the Applications with operation rows (Python's <c>+</c> and <c>*</c> in Keras's
/// mobilenet_v3.py and convnext.py): their arguments, tops and errors as Keras's definitions give them.
/// </summary>
public class OperationRowApplicationTests
{
    [Fact]
    public void MobileNetV3_squeeze_and_excite_blocks_each_make_an_add_and_a_multiply_row()
    {
        // Small: blocks 0 and 3–10 squeeze and excite; Large: blocks 3–5 and 10–14.
        Assert.Equal(18, Apps.MobileNetV3Small(weights: null).Summarize().Rows.Count(r => r.IsOperation));
        Assert.Equal(16, Apps.MobileNetV3Large(weights: null).Summarize().Rows.Count(r => r.IsOperation));
    }

    [Fact]
    public void Minimalistic_MobileNetV3_has_no_squeeze_and_excite_and_no_hard_swish()
    {
        var summary = Apps.MobileNetV3Large(weights: null, minimalistic: true).Summarize();
        Assert.True(summary.IsValid, summary.Error?.ToString());
        Assert.DoesNotContain(summary.Rows, r => r.IsOperation || r.Name.Contains("squeeze_excite"));
        Assert.DoesNotContain(summary.Rows, r => r.ClassName == "Activation" && r.Name != "predictions");
    }

    [Fact]
    public void MobileNetV3_s_top_is_1x1_convolutions_on_kept_dims_and_its_input_stays_unsized()
    {
        var summary = Apps.MobileNetV3Small(weights: null).Summarize();
        Assert.Equal(new Shape(null, null, null, 3), summary.Rows[0].OutputShape);
        Assert.Equal(["global_average_pooling2d", "conv_2", "dropout", "logits", "flatten", "predictions"],
            summary.Rows.TakeLast(7).Select(r => r.Name).Where(n => !n.StartsWith("activation", StringComparison.Ordinal)));
        Assert.Equal(new Shape(null, 1, 1, 1024), summary.Rows.Single(r => r.Name == "conv_2").OutputShape);
        Assert.Equal(new Shape(null, 1000), summary.Rows[^1].OutputShape);
    }

    [Fact]
    public void Keras_s_mobilenet_v3_and_convnext_errors_are_refusals_with_its_messages()
    {
        var e = Assert.Throws<ApplicationArgumentException>(() => Apps.MobileNetV3Small(alpha: 0.5));
        Assert.Equal("If imagenet weights are being loaded, alpha can be one of `0.75`, `1.0` for non minimalistic "
                     + "or `1.0` for minimalistic only.", e.Message);
        Assert.Throws<ApplicationArgumentException>(() => Apps.MobileNetV3Large(alpha: 0.75, minimalistic: true));
        e = Assert.Throws<ApplicationArgumentException>(() => Apps.MobileNetV3Large(weights: null, inputShape: (16, 16, 3)));
        Assert.Equal("Input size must be at least 32x32; Received `input_shape=(16, 16, 3)`", e.Message);
        e = Assert.Throws<ApplicationArgumentException>(() => Apps.ConvNeXtTiny(classes: 10));
        Assert.Equal("If using `weights=\"imagenet\"` with `include_top=True`, `classes` should be 1000. Received classes=10", e.Message);
        Assert.NotNull(e.Hint);
        // convnext.py joins the model's name to every layer's: name=None fails in Python.
        e = Assert.Throws<ApplicationArgumentException>(() => Apps.ConvNeXtTiny(weights: null, name: null!));
        Assert.StartsWith("TypeError", e.Message);
    }

    [Fact]
    public void ConvNeXt_s_head_and_its_residual_sums()
    {
        var summary = Apps.ConvNeXtSmall(weights: null).Summarize();
        Assert.Equal(["convnext_small_head_gap", "convnext_small_head_layernorm", "convnext_small_head_dense"],
            summary.Rows.TakeLast(3).Select(r => r.Name));
        var sums = summary.Rows.Where(r => r.IsOperation).ToList();
        Assert.Equal(36, sums.Count); // 3 + 3 + 27 + 3 blocks
        Assert.All(sums, r => Assert.Equal("Add", r.ClassName));
        Assert.Equal(27, summary.Rows.Count(r => r.Name.StartsWith("convnext_small_stage_2_block_", StringComparison.Ordinal)
                                                  && r.ClassName == "LayerScale"));
    }

    [Fact]
    public void ConvNeXt_without_preprocessing_or_three_channels_has_no_normalization()
    {
        Assert.DoesNotContain(Apps.ConvNeXtTiny(weights: null, includePreprocessing: false).Summarize().Rows,
            r => r.ClassName == "Normalization");
        Assert.DoesNotContain(Apps.ConvNeXtTiny(weights: null, includeTop: false, inputShape: (64, 64, 1)).Summarize().Rows,
            r => r.ClassName == "Normalization");
    }

    [Theory]
    [InlineData("keras.applications.mobilenet_v3.MobileNetV3Large(weights=None, minimalistic=True, dropout_rate=0)")]
    [InlineData("keras.applications.MobileNetV3Small(input_shape=(96, 96, 3), alpha=0.75, include_top=False, pooling='avg')")]
    [InlineData("keras.applications.convnext.ConvNeXtBase(weights=None, include_preprocessing=False, classes=10)")]
    public void The_reader_builds_them_with_keras_s_argument_names(string call)
    {
        var read = KerasSource.Parse($"import keras\nmodel = {call}\n");
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        var summarized = read.Summarize();
        Assert.False(summarized.HasErrors, string.Join("\n", summarized.Diagnostics));
    }
}
