namespace NotebookSummary.Tests.Layers.Core;

/// <summary>LeakyReLU, PReLU, ELU, ReLU and Softmax: shape unchanged; only PReLU has weights (its learned alphas).</summary>
public class ActivationLayerTests
{
    public static TheoryData<Layer, string, string> Fixed => new()
    {
        { new LeakyReLU(), "leaky_re_lu", "leaky_relu" },
        { new ELU(), "elu", "elu" },
        { new ReLU(), "re_lu", "relu" },
        { new ReLU(6), "re_lu", "relu" },
        { new Softmax(), "softmax", "softmax" },
    };

    [Theory]
    [MemberData(nameof(Fixed))]
    public void Fixed_activations_keep_the_shape_and_have_no_weights(Layer layer, string name, string activation)
    {
        var row = LayerAssert.Row(layer, 14, 14, 64);
        Assert.Equal(new Shape(null, 14, 14, 64), row.OutputShape);
        LayerAssert.Params(row, 0, 0, 0);
        Assert.Equal(name, row.Name);
        Assert.Equal(activation, row.Activation);
        Assert.Equal(LayerKind.Activation, row.Kind);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
    }

    // ---- LeakyReLU ---------------------------------------------------------------------------

    [Fact]
    public void LeakyReLU_defaults_to_keras_slope_and_accepts_the_keras2_name_alpha()
    {
        Assert.Equal(0.3, new LeakyReLU().NegativeSlope);
        Assert.Equal(0.2, new LeakyReLU(alpha: 0.2).NegativeSlope);
        // Keras 3 pops alpha from kwargs and uses it instead of negative_slope.
        Assert.Equal(0.2, new LeakyReLU(0.1, alpha: 0.2).NegativeSlope);
        Assert.Contains("alpha=0.2", LayerAssert.Row(new LeakyReLU(alpha: 0.2), 8).WalkThrough.NoParametersReason);
    }

    [Fact]
    public void LeakyReLU_rejects_a_negative_slope_under_the_name_the_model_used()
    {
        Assert.Equal("LeakyReLU argument 'negative_slope' must be a non-negative number, but it is -0.1",
            LayerAssert.Error(new LeakyReLU(-0.1), 8).Message);
        Assert.Equal("LeakyReLU argument 'alpha' must be a non-negative number, but it is -1",
            LayerAssert.Error(new LeakyReLU(alpha: -1), 8).Message);
    }

    [Fact]
    public void LeakyReLU_matches_keras_in_conformance_case_0048()
    {
        // 0048: the TensorFlow DCGAN discriminator, every layer of it.
        var s = new Sequential
        {
            new Conv2D(64, (5, 5), strides: (2, 2), padding: "same", inputShape: new[] { 28, 28, 1 }),
            new LeakyReLU(),
            new Dropout(0.3),
            new Conv2D(128, (5, 5), strides: (2, 2), padding: "same"),
            new LeakyReLU(),
            new Dropout(0.3),
            new Flatten(),
            new Dense(1),
        }.Summarize();
        Assert.True(s.IsValid, s.Error?.ToString());
        var expected = ConformanceCase.Load("0048").Rows;
        Assert.Equal(expected.Count, s.Rows.Count);
        for (int i = 0; i < expected.Count; i++) expected[i].AssertMatches(s.Rows[i]);
        Assert.Equal(212865, s.Totals.Params);
    }

    // ---- PReLU -------------------------------------------------------------------------------

    [Fact]
    public void PReLU_learns_one_alpha_per_input_value()
    {
        // alpha has the sample's shape (26, 26, 32): 26·26·32 = 21,632 weights.
        var row = LayerAssert.Row(new PReLU(), 26, 26, 32);
        Assert.Equal(new Shape(null, 26, 26, 32), row.OutputShape);
        LayerAssert.Params(row, 21632, 21632, 0);
        Assert.Equal("p_re_lu", row.Name);
        Assert.Equal("prelu", row.Activation);
        Assert.Equal(LayerKind.Activation, row.Kind);
        var p = row.WalkThrough.Parameters!;
        Assert.Equal("d_1·d_2·d_3", p.Symbolic);
        Assert.Equal("26·26·32", p.Substituted);
        Assert.Equal(21632, p.Result);
    }

    [Fact]
    public void PReLU_shared_axes_set_those_dims_of_alpha_to_one()
    {
        // shared_axes=[1, 2]: alpha shape (1, 1, 32) → 32 weights, one per channel.
        var row = LayerAssert.Row(new PReLU(sharedAxes: new[] { 1, 2 }), 26, 26, 32);
        LayerAssert.Params(row, 32, 32, 0);
        Assert.Equal("d_3", row.WalkThrough.Parameters!.Symbolic);
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("shared along axis 1, 2"));

        // Every axis shared: alpha shape (1, 1, 1) → a single weight.
        LayerAssert.Params(LayerAssert.Row(new PReLU(sharedAxes: (1, 2, 3)), 4, 4, 8), 1, 1, 0);
    }

    [Fact]
    public void PReLU_needs_only_the_unshared_dims_known()
    {
        // (None, None, 16) with shared_axes=1: alpha shape (1, 16) → 16 weights; the unknown steps are shared.
        LayerAssert.Params(LayerAssert.Row(new PReLU(sharedAxes: 1), null, 16), 16, 16, 0);
        var error = LayerAssert.Error(new PReLU(), null, 16);
        Assert.Equal("PReLU needs a known size on axis 1 (alpha has one value per position along it), but it is None in its input (None, None, 16)",
            error.Message);
    }

    [Fact]
    public void PReLU_frozen_counts_its_alphas_as_non_trainable()
    {
        // 10 alphas for a (10,) input, all frozen.
        LayerAssert.Params(LayerAssert.Row(new PReLU(trainable: false), 10), 10, 0, 10);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void PReLU_rejects_shared_axes_outside_the_sample_axes(int axis)
    {
        var error = LayerAssert.Error(new PReLU(sharedAxes: new[] { axis }), 8, 8, 3);
        Assert.Equal($"PReLU shared_axes=({axis},) names axis {axis}, but the axes after the batch of its input (None, 8, 8, 3) are 1 to 3",
            error.Message);
        Assert.Contains("axis 0 is the batch", error.Hint);
    }

    // ---- ELU, ReLU ---------------------------------------------------------------------------

    [Fact]
    public void ELU_mentions_its_constant_alpha()
    {
        Assert.Contains("alpha=0.5", LayerAssert.Row(new ELU(0.5), 8).WalkThrough.NoParametersReason);
    }

    [Fact]
    public void ReLU6_notes_its_cap()
    {
        var row = LayerAssert.Row(new ReLU(6), 8);
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("max_value=6"));
        Assert.Empty(LayerAssert.Row(new ReLU(), 8).WalkThrough.Notes);
    }

    [Theory]
    [InlineData(-1.0, 0.0, 0.0, "ReLU argument 'max_value' must be a non-negative number, but it is -1")]
    [InlineData(null, -0.1, 0.0, "ReLU argument 'negative_slope' must be a non-negative number, but it is -0.1")]
    [InlineData(null, 0.0, -2.0, "ReLU argument 'threshold' must be a non-negative number, but it is -2")]
    public void ReLU_rejects_negative_arguments(double? maxValue, double negativeSlope, double threshold, string message)
    {
        Assert.Equal(message, LayerAssert.Error(new ReLU(maxValue, negativeSlope, threshold), 8).Message);
    }

    [Fact]
    public void ReLU6_matches_keras_in_conformance_case_0052()
    {
        // 0052 (MobileNet-like): Conv2D(32, 3, strides=2, 'same', no bias) → BatchNormalization → ReLU(6).
        var s = new Sequential
        {
            new Input(128, 128, 3),
            new Conv2D(32, 3, strides: 2, padding: "same", useBias: false),
            new BatchNormalization(),
            new ReLU(6),
        }.Summarize();
        Assert.True(s.IsValid, s.Error?.ToString());
        var expected = ConformanceCase.Load("0052").Rows;
        for (int i = 0; i < 3; i++) expected[i].AssertMatches(s.Rows[i]);
    }

    // ---- Softmax -----------------------------------------------------------------------------

    [Fact]
    public void Softmax_takes_an_axis_or_a_list_of_axes()
    {
        var row = LayerAssert.Row(new Softmax(axis: 1), 5, 10);
        Assert.Equal(new Shape(null, 5, 10), row.OutputShape);
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("axis=1") && n.Contains("input axis 1"));
        Assert.Empty(LayerAssert.Row(new Softmax(axis: -1), 5, 10).WalkThrough.Notes);
        LayerAssert.Params(LayerAssert.Row(new Softmax(axis: new[] { 1, 2 }), 5, 10), 0, 0, 0);
    }

    [Fact]
    public void Softmax_rejects_an_axis_the_input_does_not_have()
    {
        var error = LayerAssert.Error(new Softmax(axis: 3), 5, 10);
        Assert.Equal("Softmax axis=3 does not exist in its 3D input (None, 5, 10)", error.Message);
        Assert.Equal("the axes of this input run from 0 (the batch) to 2, or from -1 (the last) back to -3", error.Hint);
        Assert.Equal("Softmax axis=(1, -2) names input axis 1 twice",
            LayerAssert.Error(new Softmax(axis: (1, -2)), 5, 10).Message);
    }
}
