using static NotebookSummary.Tests.Layers.LayerKit;

namespace NotebookSummary.Tests.Layers.Convolution;

/// <summary>
/// DepthwiseConv1D/2D: output channels c_in·dm, params k…·c_in·dm plus a bias of c_in·dm; lengths by the ordinary
/// convolution rule ('valid': ⌊(n − r·(k − 1) − 1)/s⌋ + 1, 'same': ⌈n/s⌉).
/// </summary>
public class DepthwiseConvolutionTests
{
    [Fact]
    public void Depth_multiplier_multiplies_the_channels()
    {
        // (10, 10, 4), kernel 3, dm 2, valid: ⌊(10 − 3)/1⌋ + 1 = 8, channels 4·2 = 8; params (3·3 + 1)·4·2 = 80.
        var row = Row(new DepthwiseConv2D(3, depthMultiplier: 2), 10, 10, 4);
        Assert.Equal("(None, 8, 8, 8)", row.Out());
        Assert.Equal(80, row.Params);
        Assert.Equal(LayerKind.Convolution, row.Kind);
        Assert.Equal("depthwise_conv2d", row.Name);
        var p = row.WalkThrough.Parameters!;
        Assert.Equal("(k_h·k_w + 1)·c_in·dm", p.Symbolic);
        Assert.Equal("(3·3 + 1)·4·2", p.Substituted);
        var cOut = row.Shape("c_out");
        Assert.Equal("c_in·dm", cOut.Symbolic);
        Assert.Equal("4·2", cOut.Substituted);
        Assert.Equal(8, cOut.Result);
        Assert.Equal("⌊(h − k_h)/s_h⌋ + 1", row.Shape("out_h").Symbolic);
        // 8·8 output positions · 3·3 weights · 8 output channels = 4,608.
        Assert.Equal(4_608, row.MultiplyAccumulates);
        Assert.Equal([3, 3], row.Window!.Size);
    }

    [Fact]
    public void Mobilenet_block_without_bias()
    {
        // Case 0052: DepthwiseConv2D(3, strides=2, padding='same', use_bias=False) on (64, 64, 64):
        // ⌈64/2⌉ = 32; params 3·3·64·1 = 576.
        var row = Row(new DepthwiseConv2D(3, strides: 2, padding: "same", useBias: false), 64, 64, 64);
        Assert.Equal("(None, 32, 32, 64)", row.Out());
        Assert.Equal(576, row.Params);
        Assert.Equal("k_h·k_w·c_in·dm", row.WalkThrough.Parameters!.Symbolic);
        Assert.Equal("⌈h/s_h⌉", row.Shape("out_h").Symbolic);
    }

    [Fact]
    public void Dilated_1d()
    {
        // DepthwiseConv1D(3, dilation_rate=2) on (20, 6): ⌊(20 − 2·(3 − 1) − 1)/1⌋ + 1 = 16; params (3 + 1)·6·1 = 24.
        var row = Row(new DepthwiseConv1D(3, dilationRate: 2), 20, 6);
        Assert.Equal("(None, 16, 6)", row.Out());
        Assert.Equal(24, row.Params);
        Assert.Equal("⌊(steps − r·(k − 1) − 1)/s⌋ + 1", row.Shape("out_steps").Symbolic);
        Assert.Equal("(k + 1)·c_in·dm", row.WalkThrough.Parameters!.Symbolic);
    }

    [Fact]
    public void Channels_first_and_rectangular_kernel()
    {
        // (4, 10, 12) channels_first, kernel (3, 5): 10 − 3 + 1 = 8, 12 − 5 + 1 = 8; params (3·5 + 1)·4·1 = 64.
        var row = Row(new DepthwiseConv2D((3, 5), dataFormat: "channels_first"), 4, 10, 12);
        Assert.Equal("(None, 4, 8, 8)", row.Out());
        Assert.Equal(64, row.Params);
    }

    [Fact]
    public void Invalid_arguments_are_model_errors()
    {
        var e = Error(new DepthwiseConv2D(5), 3, 3, 2);
        Assert.Equal("DepthwiseConv2D kernel 5×5 is larger than its 3×3 input", e.Message);
        Assert.Contains("padding='same'", e.Hint);
        Assert.Contains("'depth_multiplier' must be a positive integer", Error(new DepthwiseConv2D(3, depthMultiplier: 0), 8, 8, 2).Message);
        Assert.Contains("expects a 3D input", Error(new DepthwiseConv1D(3), 8, 8, 2).Message);
        Assert.Contains("'kernel_size'", Error(new DepthwiseConv2D(0), 8, 8, 2).Message);
        Assert.Contains("cannot combine", Error(new DepthwiseConv2D(3, strides: 2, dilationRate: 2), 8, 8, 2).Message);
    }

    [Fact]
    public void A_dilated_kernel_is_too_large_at_its_dilated_size()
    {
        // Dilation rate 3 spreads a 3-wide kernel over r·(k − 1) + 1 = 3·2 + 1 = 7 positions: more than 5, less than 8.
        var e = Error(new DepthwiseConv2D(3, dilationRate: 3), 5, 5, 2);
        Assert.Equal("DepthwiseConv2D kernel 3×3 (dilated to 7×7) is larger than its 5×5 input", e.Message);
        Assert.Equal("(None, 2, 2, 2)", Row(new DepthwiseConv2D(3, dilationRate: 3), 8, 8, 2).Out()); // 8 − 7 + 1 = 2
    }
}
