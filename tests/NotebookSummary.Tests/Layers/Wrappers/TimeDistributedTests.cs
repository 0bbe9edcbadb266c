using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Layers.Wrappers;

/// <summary>
/// TimeDistributed: Keras builds the wrapped layer on the input without its time axis, (batch, ...), and puts the
/// time axis back after the batch; the parameters are the wrapped layer's. Expected values are worked by hand from
/// the wrapped layer's own Keras rule.
/// </summary>
public class TimeDistributedTests
{
    private static ModelSummary Model(params Layer[] layers) => new Sequential(layers).Summarize();

    private static SummaryRow Single(Layer input, Layer layer)
    {
        var s = Model(input, layer);
        Assert.True(s.IsValid, s.Error?.ToString());
        return s.Rows.Single();
    }

    [Fact]
    public void Over_Dense_applies_the_same_weights_at_every_step()
    {
        // Conformance 0039: Dense(12) on 128 features: (128 + 1)·12 = 1,548; output (None, 4, 12)
        var row = Single(new Input((4, 128)), new TimeDistributed(new Dense(12, activation: "softmax")));
        Assert.Equal(1548, row.Params);
        Assert.Equal("(None, 4, 12)", row.OutputShape.ToString());
        Assert.Equal("(n_in + 1)·units", row.WalkThrough.Parameters!.Symbolic);
        Assert.Equal("(128 + 1)·12", row.WalkThrough.Parameters.Substituted);
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("same Dense, with one set of weights") && n.Contains("each of the 4 time steps"));
        Assert.Equal("time_distributed", row.Name);
        Assert.Equal("TimeDistributed", row.ClassName);
        Assert.Equal(LayerKind.Dense, row.Kind);
        Assert.Equal("softmax", row.Activation);
        // 4 steps · 128 · 12 = 6,144 multiply-accumulates
        Assert.Equal(6144, row.MultiplyAccumulates);
    }

    [Fact]
    public void Class_name_is_what_keras_3_prints_and_display_type_names_the_wrapped_layer()
    {
        // keras3_summary.txt of 0039 prints "time_distributed (TimeDistributed)", without the wrapped class.
        var row = Single(new Input((4, 128)), new TimeDistributed(new Dense(12)));
        Assert.Equal("TimeDistributed", row.ClassName);
        Assert.Equal("TimeDistributed(Dense)", row.DisplayType); // the richer type shown in HTML and JSON
    }

    [Fact]
    public void Over_Conv2D_keeps_the_convolution_formulas()
    {
        // Conformance 0055: (3·3·3 + 1)·32 = 896; ⌊(64 − 3)/1⌋ + 1 = 62
        var row = Single(new Input(10, 64, 64, 3), new TimeDistributed(new Conv2D(32, (3, 3), activation: "relu")));
        Assert.Equal(896, row.Params);
        Assert.Equal("(None, 10, 62, 62, 32)", row.OutputShape.ToString());
        Assert.Equal("(k_h·k_w·c_in + 1)·filters", row.WalkThrough.Parameters!.Symbolic);
        var outH = row.WalkThrough.Shape.Single(f => f.Target == "out_h");
        Assert.Equal("⌊(64 − 3)/1⌋ + 1", outH.Substituted);
        Assert.Equal(62, outH.Result);
        Assert.Equal(LayerKind.Convolution, row.Kind);
        Assert.NotNull(row.Window);
    }

    [Fact]
    public void Over_MaxPooling2D_has_no_weights()
    {
        // ⌊(62 − 2)/2⌋ + 1 = 31
        var row = Single(new Input(10, 62, 62, 32), new TimeDistributed(new MaxPooling2D((2, 2))));
        Assert.Equal("(None, 10, 31, 31, 32)", row.OutputShape.ToString());
        Assert.Equal(0, row.Params);
        Assert.Null(row.WalkThrough.Parameters);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
        Assert.Contains("TimeDistributed runs the MaxPooling2D on each of the 10 time steps; the time axis passes through",
            row.WalkThrough.Notes);
    }

    [Fact]
    public void Over_Flatten_flattens_each_step()
    {
        // 14·14·64 = 12,544 per step
        var row = Single(new Input(10, 14, 14, 64), new TimeDistributed(new Flatten()));
        Assert.Equal("(None, 10, 12544)", row.OutputShape.ToString());
        Assert.Equal(12544, row.WalkThrough.Shape.Single(f => f.Target == "units").Result);
    }

    [Fact]
    public void Unknown_time_and_fixed_batch_pass_through()
    {
        var row = Single(new Input(null, 8) { BatchSize = 32 }, new TimeDistributed(new Dense(5)));
        Assert.Equal("(32, None, 5)", row.OutputShape.ToString());
        Assert.Equal(45, row.Params); // (8 + 1)·5
        Assert.Null(row.MultiplyAccumulates);
    }

    [Fact]
    public void Nested_wrappers_compose()
    {
        // The inner TimeDistributed sees (None, 5, 4), its Dense (None, 4): (4 + 1)·3 = 15
        var row = Single(new Input(2, 5, 4), new TimeDistributed(new TimeDistributed(new Dense(3))));
        Assert.Equal("(None, 2, 5, 3)", row.OutputShape.ToString());
        Assert.Equal(15, row.Params);
    }

    [Fact]
    public void Wrapped_layer_is_named_before_the_wrapper()
    {
        // Keras constructs Dense first ("dense"), so the next Dense is "dense_1".
        var s = Model(new Input((4, 8)), new TimeDistributed(new Dense(3)), new Flatten(), new Dense(2));
        Assert.Equal(["time_distributed", "flatten", "dense_1"], s.Rows.Select(r => r.Name));
    }

    [Fact]
    public void Frozen_wrapper_or_frozen_inner_layer_freezes_everything()
    {
        var frozenWrapper = Single(new Input((4, 128)), new TimeDistributed(new Dense(12), trainable: false));
        Assert.Equal((0L, 1548L), (frozenWrapper.TrainableParams, frozenWrapper.NonTrainableParams));
        var frozenInner = Single(new Input((4, 128)), new TimeDistributed(new Dense(12, trainable: false)));
        Assert.Equal((0L, 1548L), (frozenInner.TrainableParams, frozenInner.NonTrainableParams));
    }

    [Fact]
    public void Input_without_a_time_axis_is_an_error()
    {
        var s = Model(new Input(20), new TimeDistributed(new Dense(3)));
        Assert.Equal("TimeDistributed expects an input of at least 3D (batch, time, ...), but its input is (None, 20) (2D)", s.Error!.Message);
        Assert.Contains("time axis", s.Error.Hint);
    }

    [Fact]
    public void Inner_errors_say_where_the_inner_layer_runs()
    {
        var s = Model(new Input(10, 3, 3, 1), new TimeDistributed(new Conv2D(4, 5)));
        Assert.Equal("TimeDistributed applies Conv2D to each time step, shaped (None, 3, 3, 1): Conv2D kernel 5×5 is larger than its 3×3 input",
            s.Error!.Message);
        Assert.Equal("use padding='same' or a smaller kernel_size", s.Error.Hint);
        Assert.Equal("time_distributed", s.Error.LayerName);
    }

    [Fact]
    public void Nothing_to_wrap_is_a_model_error_not_an_exception()
    {
        var none = Model(new Input((4, 8)), new TimeDistributed(null!));
        Assert.Contains("TimeDistributed needs a layer to wrap", none.Error!.Message);
        var input = Model(new Input((4, 8)), new TimeDistributed(new Input(8)));
        Assert.Equal("TimeDistributed wraps a layer, not an Input", input.Error!.Message);
    }
}
