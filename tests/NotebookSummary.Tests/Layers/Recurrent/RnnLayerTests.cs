using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Layers.Recurrent;

/// <summary>
/// SimpleRNN, LSTM and GRU: Keras 3 parameter counts, shapes, walk-throughs and errors. Expected counts are Keras's
/// weight shapes worked by hand: SimpleRNN kernel (n_in, units) + recurrent (units, units) + bias (units); LSTM the
/// same with 4·units columns; GRU with 3·units columns and a (2, 3·units) bias when reset_after=True.
/// </summary>
public class RnnLayerTests
{
    private static ModelSummary Model(params Layer[] layers) => new Sequential(layers).Summarize();

    private static SummaryRow Single(Layer input, Layer layer)
    {
        var s = Model(input, layer);
        Assert.True(s.IsValid, s.Error?.ToString());
        return s.Rows.Single();
    }

    private static ModelError Error(params Layer[] layers)
    {
        var s = Model(layers);
        Assert.False(s.IsValid);
        return s.Error!;
    }

    // ---- SimpleRNN ------------------------------------------------------------------------------

    [Fact]
    public void SimpleRNN_counts_input_kernel_recurrent_kernel_and_bias()
    {
        // (n_in + units)·units + units = (1 + 50)·50 + 50 = 2,600 (conformance 0060's first layer)
        var row = Single(new Input((30, 1)), new SimpleRNN(50, returnSequences: true));
        Assert.Equal(2600, row.Params);
        Assert.Equal("(None, 30, 50)", row.OutputShape.ToString());
        Assert.Equal("simple_rnn", row.Name);
        Assert.Equal("(n_in + units)·units + units", row.WalkThrough.Parameters!.Symbolic);
        Assert.Equal("(1 + 50)·50 + 50", row.WalkThrough.Parameters.Substituted);
        Assert.Equal("tanh", row.Activation);
        Assert.Equal(LayerKind.Recurrent, row.Kind);
    }

    [Fact]
    public void SimpleRNN_without_bias_has_only_kernels()
    {
        // (1 + 50)·50 = 2,550
        var row = Single(new Input((30, 1)), new SimpleRNN(50, useBias: false));
        Assert.Equal(2550, row.Params);
        Assert.Equal("(n_in + units)·units", row.WalkThrough.Parameters!.Symbolic);
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("use_bias=False"));
    }

    // ---- LSTM -----------------------------------------------------------------------------------

    [Fact]
    public void LSTM_walk_through_reads_seed_002s_2108()
    {
        // Seed 002: Embedding(7, output_dim=13) → LSTM(17); the seed asks "2108/17, then?":
        // 4·((13 + 17)·17 + 17) = 4·527 = 2,108.
        var row = Single(new Input(new int?[] { null, 13 }), new LSTM(17));
        var p = row.WalkThrough.Parameters!;
        Assert.Equal("4·((n_in + units)·units + units)", p.Symbolic);
        Assert.Equal("4·((13 + 17)·17 + 17)", p.Substituted);
        Assert.Equal(2108, p.Result);
        Assert.Equal("params = 4·((n_in + units)·units + units) = 4·((13 + 17)·17 + 17) = 2,108", p.ToString());
        Assert.Equal(2108, row.Params);
        Assert.Equal("(None, 17)", row.OutputShape.ToString());
        Assert.Contains(row.WalkThrough.Symbols, s => s.Name == "n_in");
        Assert.Contains(row.WalkThrough.Symbols, s => s.Name == "units");
    }

    [Fact]
    public void LSTM_note_explains_the_four_gates()
    {
        var row = Single(new Input(new int?[] { null, 13 }), new LSTM(17));
        var note = Assert.Single(row.WalkThrough.Notes, n => n.StartsWith("4 = ", StringComparison.Ordinal));
        Assert.Contains("input gate", note);
        Assert.Contains("forget gate", note);
        Assert.Contains("output gate", note);
    }

    [Fact]
    public void LSTM_return_sequences_keeps_the_time_axis_even_when_unknown()
    {
        var row = Single(new Input(new int?[] { null, 13 }), new LSTM(17, returnSequences: true));
        Assert.Equal("(None, None, 17)", row.OutputShape.ToString());
        Assert.Equal(2108, row.Params);
    }

    [Fact]
    public void LSTM_without_bias()
    {
        // 4·(13 + 17)·17 = 2,040
        var row = Single(new Input(new int?[] { null, 13 }), new LSTM(17, useBias: false));
        Assert.Equal(2040, row.Params);
        Assert.Equal("4·(n_in + units)·units", row.WalkThrough.Parameters!.Symbolic);
    }

    [Fact]
    public void LSTM_return_state_does_not_change_the_sequential_output_and_says_so()
    {
        var row = Single(new Input((8, 16)), new LSTM(32, returnState: true));
        Assert.Equal("(None, 32)", row.OutputShape.ToString());
        Assert.Equal(6272, row.Params); // 4·((16 + 32)·32 + 32) = 6,272
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("return_state=True") && n.Contains("h and c"));
    }

    [Fact]
    public void LSTM_go_backwards_and_unroll_change_nothing_when_timesteps_are_known()
    {
        var row = Single(new Input((8, 16)), new LSTM(32, goBackwards: true, unroll: true));
        Assert.Equal("(None, 32)", row.OutputShape.ToString());
        Assert.Equal(6272, row.Params);
    }

    [Fact]
    public void LSTM_multiply_accumulates_count_both_kernels_at_every_step()
    {
        // 7 steps · 4 gates · (12 + 128) inputs · 128 units = 501,760
        var row = Single(new Input((7, 12)), new LSTM(128));
        Assert.Equal(501760, row.MultiplyAccumulates);
        Assert.Null(Single(new Input(new int?[] { null, 12 }), new LSTM(128)).MultiplyAccumulates);
    }

    [Fact]
    public void Frozen_LSTM_counts_all_parameters_as_non_trainable()
    {
        var row = Single(new Input(new int?[] { null, 13 }), new LSTM(17, trainable: false));
        Assert.Equal(0, row.TrainableParams);
        Assert.Equal(2108, row.NonTrainableParams);
    }

    // ---- GRU ------------------------------------------------------------------------------------

    [Fact]
    public void GRU_default_reset_after_has_two_biases_per_gate()
    {
        // 3·((32 + 32)·32 + 2·32) = 3·(2,048 + 64) = 6,336
        var row = Single(new Input((500, 32)), new GRU(32));
        Assert.Equal(6336, row.Params);
        Assert.Equal("3·((n_in + units)·units + 2·units)", row.WalkThrough.Parameters!.Symbolic);
        Assert.Equal("gru", row.Name);
        Assert.Contains(row.WalkThrough.Notes, n => n.StartsWith("3 = ", StringComparison.Ordinal) && n.Contains("reset gate"));
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("reset_after=True"));
    }

    [Fact]
    public void GRU_reset_after_false_has_one_bias_per_gate()
    {
        // Conformance 0057: 3·((32 + 32)·32 + 32) = 6,240
        var row = Single(new Input((500, 32)), new GRU(32, returnSequences: true, resetAfter: false));
        Assert.Equal(6240, row.Params);
        Assert.Equal("3·((n_in + units)·units + units)", row.WalkThrough.Parameters!.Symbolic);
        Assert.Equal("(None, 500, 32)", row.OutputShape.ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void GRU_without_bias_ignores_reset_after(bool resetAfter)
    {
        // 3·(32 + 32)·32 = 6,144
        var row = Single(new Input((500, 32)), new GRU(32, useBias: false, resetAfter: resetAfter));
        Assert.Equal(6144, row.Params);
    }

    // ---- validation -----------------------------------------------------------------------------

    [Fact]
    public void Image_input_is_a_rank_error_in_the_users_terms()
    {
        var e = Error(new Input(28, 28, 1), new LSTM(32));
        Assert.Equal("LSTM expects a 3D input (batch, timesteps, features), but its input is (None, 28, 28, 1) (4D)", e.Message);
        Assert.Contains("Reshape", e.Hint);
        Assert.Contains("input_shape", e.Hint);
        Assert.Equal("lstm", e.LayerName);
    }

    [Fact]
    public void Vector_input_is_a_rank_error()
    {
        var e = Error(new Input(20), new Dense(8), new GRU(4));
        Assert.StartsWith("GRU expects a 3D input (batch, timesteps, features), but its input is (None, 8) (2D)", e.Message);
        Assert.Contains("RepeatVector", e.Hint);
    }

    [Fact]
    public void Unknown_features_are_an_error()
    {
        var e = Error(new Input(new int?[] { 10, null }), new SimpleRNN(4));
        Assert.Contains("SimpleRNN needs a known number of features", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Units_must_be_positive(int units)
    {
        var e = Error(new Input((10, 4)), new LSTM(units));
        Assert.Equal($"LSTM argument 'units' must be a positive integer, but it is {units}", e.Message);
    }

    [Fact]
    public void Stateful_needs_a_fixed_batch_size()
    {
        var e = Error(new Input((8, 16)), new LSTM(32, stateful: true));
        Assert.Equal("LSTM with stateful=True needs a fixed batch size, but its input is (None, 8, 16)", e.Message);
        Assert.Contains("batch_size", e.Hint);

        var ok = Model(new Input((8, 16)) { BatchSize = 32 }, new LSTM(32, stateful: true));
        Assert.True(ok.IsValid);
        Assert.Equal("(32, 32)", ok.Rows[0].OutputShape.ToString());
        Assert.Contains(ok.Rows[0].WalkThrough.Notes, n => n.Contains("stateful=True"));
    }

    [Fact]
    public void Unroll_needs_known_timesteps()
    {
        var e = Error(new Input(new int?[] { null, 16 }), new GRU(8, unroll: true));
        Assert.Equal("GRU with unroll=True needs a known number of time steps, but its input is (None, None, 16)", e.Message);
    }
}
