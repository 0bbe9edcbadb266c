using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Layers.Recurrent;

/// <summary>
/// ConvLSTM1D/2D/3D. Keras 3's ConvLSTMCell builds a kernel <c>kernel_size + (c_in, 4·filters)</c>, a recurrent kernel
/// <c>kernel_size + (filters, 4·filters)</c> and a bias <c>(4·filters,)</c>; the output spatial size follows the
/// convolution rule on each time step. Expected counts are those shapes multiplied out by hand.
/// </summary>
public class ConvLstmTests
{
    private static ModelSummary Model(params Layer[] layers) => new Sequential(layers).Summarize();

    private static SummaryRow Single(Layer input, Layer layer)
    {
        var s = Model(input, layer);
        Assert.True(s.IsValid, s.Error?.ToString());
        return s.Rows.Single();
    }

    [Fact]
    public void ConvLSTM2D_same_padding_keeps_the_frame_size()
    {
        // Conformance 0056's first layer: 4·(3·3·(1 + 40)·40 + 40) = 4·14,800 = 59,200
        var row = Single(new Input(new int?[] { null, 40, 40, 1 }), new ConvLSTM2D(40, (3, 3), padding: "same", returnSequences: true));
        Assert.Equal(59200, row.Params);
        Assert.Equal("(None, None, 40, 40, 40)", row.OutputShape.ToString());
        Assert.Equal("conv_lstm2d", row.Name);
        var p = row.WalkThrough.Parameters!;
        Assert.Equal("4·(k_h·k_w·(c_in + filters)·filters + filters)", p.Symbolic);
        Assert.Equal("4·(3·3·(1 + 40)·40 + 40)", p.Substituted);
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("padding='same'") && n.Contains("stride 1"));
        Assert.Equal(LayerKind.Recurrent, row.Kind);
    }

    [Fact]
    public void ConvLSTM2D_valid_padding_shrinks_the_frame_and_drops_time()
    {
        // out = ⌊(10 − 3)/1⌋ + 1 = 8; params 4·(3·3·(3 + 8)·8 + 8) = 4·800 = 3,200
        var row = Single(new Input(5, 10, 10, 3), new ConvLSTM2D(8, 3));
        Assert.Equal("(None, 8, 8, 8)", row.OutputShape.ToString());
        Assert.Equal(3200, row.Params);
        var outH = row.WalkThrough.Shape.Single(f => f.Target == "out_h");
        Assert.Equal("⌊(h − k_h)/s_h⌋ + 1", outH.Symbolic);
        Assert.Equal("⌊(10 − 3)/1⌋ + 1", outH.Substituted);
        // 5 steps · 8·8 positions · 3·3 · (3 + 8) · 4 gates · 8 filters = 5·64·9·11·32 = 1,013,760
        Assert.Equal(1013760, row.MultiplyAccumulates);
    }

    [Fact]
    public void ConvLSTM2D_strides_follow_the_convolution_rule()
    {
        // ⌊(11 − 3)/2⌋ + 1 = 5
        var row = Single(new Input(5, 11, 11, 3), new ConvLSTM2D(8, 3, strides: 2, returnSequences: true));
        Assert.Equal("(None, 5, 5, 5, 8)", row.OutputShape.ToString());
    }

    [Fact]
    public void ConvLSTM2D_channels_first_puts_filters_after_time()
    {
        // (time, channels, rows, cols) = (5, 3, 10, 10) → (5, 8, 8, 8); same 3,200 parameters as channels_last
        var row = Single(new Input(5, 3, 10, 10), new ConvLSTM2D(8, 3, dataFormat: "channels_first", returnSequences: true));
        Assert.Equal("(None, 5, 8, 8, 8)", row.OutputShape.ToString());
        Assert.Equal(3200, row.Params);
    }

    [Fact]
    public void ConvLSTM2D_without_bias()
    {
        // 4·3·3·(1 + 40)·40 = 59,040
        var row = Single(new Input(new int?[] { null, 40, 40, 1 }), new ConvLSTM2D(40, 3, padding: "same", useBias: false));
        Assert.Equal(59040, row.Params);
        Assert.Equal("(None, 40, 40, 40)", row.OutputShape.ToString());
    }

    [Fact]
    public void ConvLSTM1D_over_time_rows_channels()
    {
        // rows ⌊(20 − 3)/1⌋ + 1 = 18; params 4·(3·(4 + 6)·6 + 6) = 4·186 = 744
        var row = Single(new Input(5, 20, 4), new ConvLSTM1D(6, 3));
        Assert.Equal("(None, 18, 6)", row.OutputShape.ToString());
        Assert.Equal(744, row.Params);
        Assert.Equal("conv_lstm1d", row.Name);
    }

    [Fact]
    public void ConvLSTM3D_over_time_and_volumes()
    {
        // 4·(3·3·3·(2 + 5)·5 + 5) = 4·950 = 3,800
        var row = Single(new Input(4, 8, 8, 8, 2), new ConvLSTM3D(5, 3, padding: "same", returnSequences: true));
        Assert.Equal("(None, 4, 8, 8, 8, 5)", row.OutputShape.ToString());
        Assert.Equal(3800, row.Params);
        Assert.Equal("conv_lstm3d", row.Name);
    }

    [Fact]
    public void Missing_time_axis_is_a_rank_error()
    {
        var s = Model(new Input(40, 40, 1), new ConvLSTM2D(8, 3));
        Assert.Equal("ConvLSTM2D expects a 5D input (batch, time, rows, cols, channels), but its input is (None, 40, 40, 1) (4D)",
            s.Error!.Message);
    }

    [Fact]
    public void Unknown_spatial_sizes_are_an_error()
    {
        var s = Model(new Input(new int?[] { null, null, 40, 1 }), new ConvLSTM2D(8, 3));
        Assert.Contains("ConvLSTM2D needs every spatial size known", s.Error!.Message);
    }

    [Fact]
    public void Kernel_larger_than_the_frame_is_an_error()
    {
        var s = Model(new Input(5, 3, 3, 1), new ConvLSTM2D(8, 5));
        Assert.Equal("ConvLSTM2D kernel 5×5 is larger than its 3×3 input", s.Error!.Message);
        Assert.Contains("padding='same'", s.Error.Hint);
    }

    [Fact]
    public void Strides_and_dilation_cannot_be_combined()
    {
        var s = Model(new Input(5, 10, 10, 1), new ConvLSTM2D(8, 3, strides: 2, dilationRate: 2));
        Assert.Contains("cannot combine strides > 1 with dilation_rate > 1", s.Error!.Message);
    }

    [Fact]
    public void Causal_padding_is_rejected()
    {
        var s = Model(new Input(5, 10, 1), new ConvLSTM1D(8, 3, padding: "causal"));
        Assert.Contains("'padding' must be one of 'valid', 'same'", s.Error!.Message);
    }
}
