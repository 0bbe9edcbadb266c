using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Layers.Wrappers;

/// <summary>
/// Bidirectional: a forward copy and a backward copy of the recurrent layer, each with its own weights; 'concat'
/// doubles the last axis, 'sum'/'mul'/'ave' keep it (Keras 3's Bidirectional.compute_output_shape). Expected counts
/// are the wrapped layer's Keras rule worked by hand.
/// </summary>
public class BidirectionalTests
{
    private static ModelSummary Model(params Layer[] layers) => new Sequential(layers).Summarize();

    private static SummaryRow Single(Layer input, Layer layer)
    {
        var s = Model(input, layer);
        Assert.True(s.IsValid, s.Error?.ToString());
        return s.Rows.Single();
    }

    private static ModelError Error(Layer input, Layer layer)
    {
        var s = Model(input, layer);
        Assert.False(s.IsValid);
        return s.Error!;
    }

    [Fact]
    public void Concat_doubles_the_parameters_and_the_features()
    {
        // Conformance 0061: 2·4·((1 + 20)·20 + 20) = 2·1,760 = 3,520; features 2·20 = 40
        var row = Single(new Input((10, 1)), new Bidirectional(new LSTM(20, returnSequences: true), mergeMode: "concat"));
        Assert.Equal(3520, row.Params);
        Assert.Equal("(None, 10, 40)", row.OutputShape.ToString());
        var p = row.WalkThrough.Parameters!;
        Assert.Equal("2·4·((n_in + units)·units + units)", p.Symbolic);
        Assert.Equal("2·4·((1 + 20)·20 + 20)", p.Substituted);
        var features = row.WalkThrough.Shape.Single(f => f.Target == "features");
        Assert.Equal("features = 2·units = 2·20 = 40", features.ToString());
        Assert.Contains(row.WalkThrough.Notes, n => n.StartsWith("4 = ", StringComparison.Ordinal)); // the LSTM's own note is kept
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("two copies of the LSTM"));
        Assert.Equal("bidirectional", row.Name);
        Assert.Equal("Bidirectional", row.ClassName); // as Keras 3 prints it (0037, 0061-0064)
        Assert.Equal("Bidirectional(LSTM)", row.DisplayType);
        Assert.Equal(LayerKind.Recurrent, row.Kind);
    }

    [Theory]
    [InlineData("sum")]
    [InlineData("mul")]
    [InlineData("ave")]
    public void Element_wise_merges_keep_the_shape(string mode)
    {
        // Conformance 0062-0064: same 3,520 parameters, output (None, 10, 20)
        var row = Single(new Input((10, 1)), new Bidirectional(new LSTM(20, returnSequences: true), mergeMode: mode));
        Assert.Equal(3520, row.Params);
        Assert.Equal("(None, 10, 20)", row.OutputShape.ToString());
        Assert.Contains(row.WalkThrough.Notes, n => n.StartsWith($"merge_mode='{mode}'", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_return_sequences_the_time_axis_is_dropped()
    {
        // Conformance 0037's second Bidirectional: 2·4·((128 + 64)·64 + 64) = 98,816
        var row = Single(new Input(new int?[] { null, 128 }), new Bidirectional(new LSTM(64)));
        Assert.Equal(98816, row.Params);
        Assert.Equal("(None, 128)", row.OutputShape.ToString());
    }

    [Fact]
    public void Over_GRU_and_SimpleRNN()
    {
        // GRU(8): 2·3·((5 + 8)·8 + 2·8) = 2·360 = 720; SimpleRNN(8): 2·((5 + 8)·8 + 8) = 2·112 = 224
        Assert.Equal(720, Single(new Input((6, 5)), new Bidirectional(new GRU(8))).Params);
        Assert.Equal(224, Single(new Input((6, 5)), new Bidirectional(new SimpleRNN(8))).Params);
    }

    [Fact]
    public void Over_ConvLSTM2D_concatenates_channels()
    {
        // 2·4·(3·3·(1 + 4)·4 + 4) = 2·4·184 = 1,472; channels 2·4 = 8
        var row = Single(new Input(5, 10, 10, 1), new Bidirectional(new ConvLSTM2D(4, 3, padding: "same")));
        Assert.Equal(1472, row.Params);
        Assert.Equal("(None, 10, 10, 8)", row.OutputShape.ToString());
        Assert.Equal("channels = 2·filters = 2·4 = 8", row.WalkThrough.Shape.Single(f => f.Target == "channels").ToString());
    }

    [Fact]
    public void Backward_layer_adds_its_own_parameters_and_features()
    {
        // LSTM(20) on 1 feature: 4·((1 + 20)·20 + 20) = 1,760; GRU(10): 3·((1 + 10)·10 + 2·10) = 390; total 2,150.
        // Keras 3's compute_output_shape doubles the forward size: (None, 10, 2·20), although the real join is 30 wide.
        var row = Single(new Input((10, 1)), new Bidirectional(new LSTM(20, returnSequences: true),
            backwardLayer: new GRU(10, returnSequences: true, goBackwards: true)));
        Assert.Equal(2150, row.Params);
        Assert.Equal("(None, 10, 40)", row.OutputShape.ToString());
        Assert.Equal("2·units_fwd", row.WalkThrough.Shape.Single(f => f.Target == "features").Symbolic);
        Assert.Contains(row.WalkThrough.Symbols, s => s.Name == "units_fwd" && s.Meaning == "units of the forward layer");
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("the real concatenation is 20 + 10 = 30 wide"));
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("params = forward params + backward params"));
    }

    [Fact]
    public void Wrapped_layers_are_named_before_the_wrapper()
    {
        // Keras constructs LSTM(8) first ("lstm"); the next LSTM is "lstm_1".
        var s = Model(new Input((5, 3)), new Bidirectional(new LSTM(8, returnSequences: true)), new LSTM(4));
        Assert.Equal(["bidirectional", "lstm_1"], s.Rows.Select(r => r.Name));
        // 4·((16 + 4)·4 + 4) = 336 on the concatenated 16 features
        Assert.Equal(336, s.Rows[1].Params);
    }

    [Fact]
    public void Frozen_wrapper_or_frozen_inner_layer_freezes_everything()
    {
        var frozen = Single(new Input((10, 1)), new Bidirectional(new LSTM(20), trainable: false));
        Assert.Equal((0L, 3520L), (frozen.TrainableParams, frozen.NonTrainableParams));
        var frozenInner = Single(new Input((10, 1)), new Bidirectional(new LSTM(20, trainable: false)));
        Assert.Equal((0L, 3520L), (frozenInner.TrainableParams, frozenInner.NonTrainableParams));
    }

    [Fact]
    public void Merge_mode_None_is_a_model_error()
    {
        var e = Error(new Input((10, 1)), new Bidirectional(new LSTM(20), mergeMode: null));
        Assert.Contains("merge_mode=None", e.Message);
        Assert.Contains("Sequential model cannot pass on", e.Message);
        Assert.Contains("'concat'", e.Hint);
    }

    [Fact]
    public void Unknown_merge_mode_is_an_error()
    {
        var e = Error(new Input((10, 1)), new Bidirectional(new LSTM(20), mergeMode: "max"));
        Assert.Equal("Bidirectional argument 'merge_mode' must be one of 'concat', 'sum', 'mul', 'ave', but it is 'max'", e.Message);
    }

    [Fact]
    public void Only_recurrent_layers_can_be_wrapped()
    {
        var e = Error(new Input((10, 1)), new Bidirectional(new Dense(4)));
        Assert.StartsWith("Bidirectional's layer must be a recurrent layer", e.Message);
        Assert.EndsWith("but it is Dense", e.Message);
    }

    [Fact]
    public void Directions_must_differ()
    {
        var e = Error(new Input((10, 1)), new Bidirectional(new LSTM(20, goBackwards: true)));
        Assert.Contains("go_backwards=True", e.Message);
        var both = Error(new Input((10, 1)), new Bidirectional(new LSTM(20), backwardLayer: new LSTM(20)));
        Assert.Contains("must read in opposite directions", both.Message);
    }

    [Fact]
    public void Backward_layer_must_match_return_sequences()
    {
        var e = Error(new Input((10, 1)), new Bidirectional(new LSTM(20, returnSequences: true),
            backwardLayer: new LSTM(20, goBackwards: true)));
        Assert.Equal("Bidirectional's layer and backward_layer must have the same return_sequences, but the layer has "
            + "return_sequences=True and backward_layer return_sequences=False", e.Message);
    }

    [Fact]
    public void Element_wise_merge_needs_equal_shapes()
    {
        var e = Error(new Input((10, 1)), new Bidirectional(new LSTM(20), mergeMode: "sum",
            backwardLayer: new LSTM(10, goBackwards: true)));
        Assert.Contains("merge_mode='sum' needs both directions to give the same shape", e.Message);
    }

    [Fact]
    public void Inner_rank_errors_name_the_wrapper_and_the_layer()
    {
        var e = Error(new Input(20), new Bidirectional(new LSTM(8)));
        Assert.Equal("Bidirectional's LSTM: LSTM expects a 3D input (batch, timesteps, features), but its input is (None, 20) (2D)", e.Message);
        Assert.Equal("bidirectional", e.LayerName);
    }
}
