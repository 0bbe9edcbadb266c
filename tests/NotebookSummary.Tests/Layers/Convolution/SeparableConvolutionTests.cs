using static NotebookSummary.Tests.Layers.LayerKit;

namespace NotebookSummary.Tests.Layers.Convolution;

/// <summary>
/// SeparableConv1D/2D: params depthwise k…·c_in·dm + pointwise c_in·dm·filters + bias filters; lengths by the
/// ordinary convolution rule.
/// </summary>
public class SeparableConvolutionTests
{
    [Fact]
    public void Params_are_depthwise_plus_pointwise_plus_bias()
    {
        // (12, 12, 4), 16 filters, kernel 3, dm 2: 12 − 3 + 1 = 10; 3·3·4·2 = 72, 4·2·16 = 128, + 16 = 216.
        var row = Row(new SeparableConv2D(16, 3, depthMultiplier: 2), 12, 12, 4);
        Assert.Equal("(None, 10, 10, 16)", row.Out());
        Assert.Equal(216, row.Params);
        Assert.Equal(LayerKind.Convolution, row.Kind);
        Assert.Equal("separable_conv2d", row.Name);
        var p = row.WalkThrough.Parameters!;
        Assert.Equal("k_h·k_w·c_in·dm + c_in·dm·filters + filters", p.Symbolic);
        Assert.Equal("3·3·4·2 + 4·2·16 + 16", p.Substituted);
        Assert.Contains("depthwise kernels = k_h·k_w·c_in·dm = 3·3·4·2 = 72", row.WalkThrough.Notes);
        Assert.Contains("pointwise 1×1 kernels = c_in·dm·filters = 4·2·16 = 128", row.WalkThrough.Notes);
        // 10·10 positions · (72 + 128) = 20,000.
        Assert.Equal(20_000, row.MultiplyAccumulates);
    }

    [Fact]
    public void Xception_layers_of_case_0053()
    {
        // SeparableConv2D(64, 3, padding='same') on (89, 89, 32): 9·32 + 32·64 + 64 = 288 + 2,048 + 64 = 2,400.
        Assert.Equal(2_400, Row(new SeparableConv2D(64, 3, padding: "same"), 89, 89, 32).Params);
        // use_bias=False on (45, 45, 64) with 128 filters: 9·64 + 64·128 = 576 + 8,192 = 8,768.
        var noBias = Row(new SeparableConv2D(128, 3, padding: "same", useBias: false), 45, 45, 64);
        Assert.Equal(8_768, noBias.Params);
        Assert.Equal("k_h·k_w·c_in·dm + c_in·dm·filters", noBias.WalkThrough.Parameters!.Symbolic);
    }

    [Fact]
    public void Strided_1d_same()
    {
        // SeparableConv1D(8, 5, strides=2, padding='same') on (30, 3): ⌈30/2⌉ = 15; 5·3·1 + 3·1·8 + 8 = 47.
        var row = Row(new SeparableConv1D(8, 5, strides: 2, padding: "same"), 30, 3);
        Assert.Equal("(None, 15, 8)", row.Out());
        Assert.Equal(47, row.Params);
        Assert.Equal("⌈30/2⌉", row.Shape("out_steps").Substituted);
    }

    [Fact]
    public void Channels_first_and_dilation()
    {
        // (2, 7, 7) channels_first, 6 filters, kernel 3: 5×5; 9·2 + 2·6 + 6 = 36.
        var cf = Row(new SeparableConv2D(6, 3, dataFormat: "channels_first"), 2, 7, 7);
        Assert.Equal("(None, 6, 5, 5)", cf.Out());
        Assert.Equal(36, cf.Params);
        // dilation 2 on (9, 9, 1): ⌊(9 − 2·(3 − 1) − 1)/1⌋ + 1 = 5; 9·1 + 1·4 + 4 = 17.
        var dilated = Row(new SeparableConv2D(4, 3, dilationRate: 2), 9, 9, 1);
        Assert.Equal("(None, 5, 5, 4)", dilated.Out());
        Assert.Equal(17, dilated.Params);
    }

    [Fact]
    public void Invalid_arguments_are_model_errors()
    {
        Assert.Contains("'filters' must be a positive integer", Error(new SeparableConv2D(0, 3), 8, 8, 1).Message);
        Assert.Equal("SeparableConv2D kernel 5×5 is larger than its 4×4 input", Error(new SeparableConv2D(2, 5), 4, 4, 1).Message);
        Assert.Contains("expects a 4D input", Error(new SeparableConv2D(2, 3), 8, 1).Message);
        Assert.Contains("'depth_multiplier'", Error(new SeparableConv1D(2, 3, depthMultiplier: -1), 8, 1).Message);
        Assert.Contains("'data_format'", Error(new SeparableConv2D(2, 3, dataFormat: "nhwc"), 8, 8, 1).Message);
    }
}
