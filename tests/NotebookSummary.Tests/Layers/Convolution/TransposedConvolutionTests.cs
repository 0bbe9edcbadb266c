using static NotebookSummary.Tests.Layers.LayerKit;

namespace NotebookSummary.Tests.Layers.Convolution;

/// <summary>
/// Conv1D/2D/3DTranspose against Keras's <c>deconv_output_length</c>: with the dilated kernel k_d = r·(k − 1) + 1,
/// 'valid' gives n·s + max(k_d − s, 0), 'same' gives n·s, and with output_padding op:
/// (n − 1)·s + k_d − 2·pad + op (pad = k_d // 2 for 'same', 0 for 'valid'). Params (k…·c_in + 1)·filters.
/// </summary>
public class TransposedConvolutionTests
{
    [Fact]
    public void Seed_001_deconvolution_shapes_params_and_walk_through()
    {
        // Case 0008 (seed 001): Deconvolution2D(5, (2, 2)) on (40, 110, 1): 40·1 + max(2 − 1, 0) = 41, 110 + 1 = 111;
        // params (2·2·1 + 1)·5 = 25.
        var row = Row(new Conv2DTranspose(5, (2, 2), activation: "relu"), 40, 110, 1);
        Assert.Equal("(None, 41, 111, 5)", row.Out());
        Assert.Equal(25, row.Params);
        Assert.Equal(LayerKind.Convolution, row.Kind);
        Assert.Equal("conv2d_transpose", row.Name);
        var p = row.WalkThrough.Parameters!;
        Assert.Equal("(k_h·k_w·c_in + 1)·filters", p.Symbolic);
        Assert.Equal("(2·2·1 + 1)·5", p.Substituted);
        var outH = row.Shape("out_h");
        Assert.Equal("h·s_h + max(k_h − s_h, 0)", outH.Symbolic);
        Assert.Equal("40·1 + max(2 − 1, 0)", outH.Substituted);
        Assert.Equal(41, outH.Result);
        Assert.Equal(111, row.Shape("out_w").Result);
        Assert.Equal([2, 2], row.Window!.Size);
        // Every input value meets every weight: 40·110 positions · 2·2·1 · 5 filters = 88,000.
        Assert.Equal(88_000, row.MultiplyAccumulates);

        // Case 0008, second layer: Deconvolution2D(3, (2, 2)) on (20, 55, 5) → (21, 56, 3), (2·2·5 + 1)·3 = 63.
        var second = Row(new Conv2DTranspose(3, (2, 2)), 20, 55, 5);
        Assert.Equal("(None, 21, 56, 3)", second.Out());
        Assert.Equal(63, second.Params);
    }

    [Theory]
    // same: n·s. 7·2 = 14; params (3·3·32 + 1)·64 = 18,496 (case 0050's first Conv2DTranspose).
    [InlineData(3, 2, "same", 14, 18_496)]
    // valid: 7·2 + max(3 − 2, 0) = 15.
    [InlineData(3, 2, "valid", 15, 18_496)]
    // valid with a kernel smaller than the stride: 7·2 + max(1 − 2, 0) = 14; params (1·1·32 + 1)·64 = 2,112.
    [InlineData(1, 2, "valid", 14, 2_112)]
    // valid, stride 1: 7 + max(4 − 1, 0) = 10; params (4·4·32 + 1)·64 = 32,832.
    [InlineData(4, 1, "valid", 10, 32_832)]
    public void Output_length_without_output_padding(int kernel, int stride, string padding, long expected, long parameters)
    {
        var row = Row(new Conv2DTranspose(64, kernel, strides: stride, padding: padding), 7, 7, 32);
        Assert.Equal($"(None, {expected}, {expected}, 64)", row.Out());
        Assert.Equal(parameters, row.Params);
    }

    [Fact]
    public void Same_padding_formula_is_input_times_stride()
    {
        var outH = Row(new Conv2DTranspose(64, 3, strides: 2, padding: "same"), 7, 7, 32).Shape("out_h");
        Assert.Equal("h·s_h", outH.Symbolic);
        Assert.Equal("7·2", outH.Substituted);
        Assert.Equal(14, outH.Result);
    }

    [Theory]
    // valid: (7 − 1)·2 + 3 + 1 = 16.
    [InlineData(3, "valid", 16, "(h − 1)·s_h + k_h + op_h", "(7 − 1)·2 + 3 + 1")]
    // same: (7 − 1)·2 + 3 − 2·⌊3/2⌋ + 1 = 12 + 3 − 2 + 1 = 14.
    [InlineData(3, "same", 14, "(h − 1)·s_h + k_h − 2·⌊k_h/2⌋ + op_h", "(7 − 1)·2 + 3 − 2·⌊3/2⌋ + 1")]
    // same with an even kernel: (7 − 1)·2 + 4 − 2·⌊4/2⌋ + 1 = 12 + 4 − 4 + 1 = 13.
    [InlineData(4, "same", 13, "(h − 1)·s_h + k_h − 2·⌊k_h/2⌋ + op_h", "(7 − 1)·2 + 4 − 2·⌊4/2⌋ + 1")]
    public void Output_padding_gives_the_exact_length(int kernel, string padding, long expected, string symbolic, string substituted)
    {
        var row = Row(new Conv2DTranspose(8, kernel, strides: 2, padding: padding, outputPadding: 1), 7, 7, 3);
        var outH = row.Shape("out_h");
        Assert.Equal(symbolic, outH.Symbolic);
        Assert.Equal(substituted, outH.Substituted);
        Assert.Equal(expected, outH.Result);
        Assert.Equal($"(None, {expected}, {expected}, 8)", row.Out());
    }

    [Fact]
    public void Output_padding_per_axis()
    {
        // valid, k = 3, s = (2, 3), op = (1, 0): (5 − 1)·2 + 3 + 1 = 12 and (5 − 1)·3 + 3 + 0 = 15.
        var row = Row(new Conv2DTranspose(2, 3, strides: (2, 3), outputPadding: (1, 0)), 5, 5, 1);
        Assert.Equal("(None, 12, 15, 2)", row.Out());
    }

    [Fact]
    public void Dilation_widens_the_kernel()
    {
        // Conv1DTranspose(4, 3, dilation_rate=2) on (10, 3): k_d = 2·(3 − 1) + 1 = 5, 10·1 + max(5 − 1, 0) = 14;
        // params (3·3 + 1)·4 = 40.
        var row = Row(new Conv1DTranspose(4, 3, dilationRate: 2), 10, 3);
        Assert.Equal("(None, 14, 4)", row.Out());
        Assert.Equal(40, row.Params);
        var outSteps = row.Shape("out_steps");
        Assert.Equal("steps·s + max(r·(k − 1) + 1 − s, 0)", outSteps.Symbolic);
        Assert.Equal("10·1 + max(2·(3 − 1) + 1 − 1, 0)", outSteps.Substituted);
        Assert.Equal("(k·c_in + 1)·filters", row.WalkThrough.Parameters!.Symbolic);
    }

    [Fact]
    public void Channels_first_puts_filters_after_the_batch()
    {
        // (3, 16, 16) channels_first, same, stride 2: 16·2 = 32; params (3·3·3 + 1)·8 = 224.
        var row = Row(new Conv2DTranspose(8, 3, strides: 2, padding: "same", dataFormat: "channels_first"), 3, 16, 16);
        Assert.Equal("(None, 8, 32, 32)", row.Out());
        Assert.Equal(224, row.Params);
    }

    [Fact]
    public void Conv3DTranspose_valid()
    {
        // (4, 8, 8, 1), kernel (2, 3, 3), stride 1: 4 + 1 = 5, 8 + 2 = 10, 10; params (2·3·3·1 + 1)·2 = 38.
        var row = Row(new Conv3DTranspose(2, (2, 3, 3)), 4, 8, 8, 1);
        Assert.Equal("(None, 5, 10, 10, 2)", row.Out());
        Assert.Equal(38, row.Params);
        Assert.Equal("(k_d·k_h·k_w·c_in + 1)·filters", row.WalkThrough.Parameters!.Symbolic);
    }

    [Fact]
    public void No_bias_and_unknown_length()
    {
        // use_bias=False: 5·5·256·128 = 819,200 (case 0047).
        Assert.Equal(819_200, Row(new Conv2DTranspose(128, 5, padding: "same", useBias: false), 7, 7, 256).Params);
        // An unknown length stays unknown (Keras returns None); params (3·8 + 1)·4 = 100 need only the channels.
        var row = Row(new Conv1DTranspose(4, 3, strides: 2), null, 8);
        Assert.Equal("(None, None, 4)", row.Out());
        Assert.Equal(100, row.Params);
        Assert.Null(row.MultiplyAccumulates);
    }

    [Fact]
    public void Output_padding_must_be_smaller_than_strides()
    {
        var e = Error(new Conv2DTranspose(4, 3, strides: 2, outputPadding: 2), 8, 8, 1);
        Assert.Contains("output_padding=2 must be smaller than strides=2", e.Message);
        Assert.Equal("Conv2DTranspose", e.ClassName);
        // The default stride 1 admits only output_padding=0.
        Assert.Contains("output_padding", Error(new Conv1DTranspose(4, 3, outputPadding: 1), 8, 1).Message);
        Assert.Equal("(None, 10, 4)", Row(new Conv1DTranspose(4, 3, outputPadding: 0), 8, 1).Out()); // (8 − 1) + 3 + 0
    }

    [Fact]
    public void Invalid_arguments_are_model_errors()
    {
        Assert.Contains("expects a 4D input", Error(new Conv2DTranspose(4, 3), 10, 3).Message);
        Assert.Contains("'filters' must be a positive integer", Error(new Conv2DTranspose(0, 3), 8, 8, 1).Message);
        Assert.Contains("'kernel_size'", Error(new Conv2DTranspose(4, (3, 0)), 8, 8, 1).Message);
        Assert.Contains("'strides'", Error(new Conv2DTranspose(4, 3, strides: -1), 8, 8, 1).Message);
        Assert.Contains("cannot combine strides > 1 with dilation_rate > 1",
            Error(new Conv2DTranspose(4, 3, strides: 2, dilationRate: 2), 8, 8, 1).Message);
        Assert.Contains("'padding'", Error(new Conv1DTranspose(4, 3, padding: "causal"), 8, 1).Message);
        Assert.Contains("'output_padding'", Error(new Conv2DTranspose(4, 3, strides: 2, outputPadding: -1), 8, 8, 1).Message);
        Assert.Contains("channel dimension", Error(new Conv2DTranspose(4, 3), 8, 8, null).Message);
        // An even kernel with 'same', stride 1 and output_padding 0 yields (1 − 1)·1 + 2 − 2·1 + 0 = 0 positions.
        Assert.Contains("empty output", Error(new Conv1DTranspose(4, 2, padding: "same", outputPadding: 0), 1, 1).Message);
    }
}
