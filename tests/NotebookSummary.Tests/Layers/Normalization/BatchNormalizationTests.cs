using NotebookSummary.Tests.Layers.Core;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Layers.Normalization;

/// <summary>
/// BatchNormalization: gamma, beta, moving mean and moving variance of C values each (4·C); the moving statistics
/// (2·C) are always non-trainable, and trainable=False makes all of them non-trainable.
/// </summary>
public class BatchNormalizationTests
{
    [Fact]
    public void AlexNet_with_batch_normalization_matches_keras_case_0025()
    {
        var s = new Sequential
        {
            new Conv2D(96, (11, 11), strides: (4, 4), activation: "relu", inputShape: new[] { 227, 227, 3 }),
            new BatchNormalization(),
            new MaxPooling2D(poolSize: (3, 3), strides: (2, 2)),
            new Conv2D(256, (5, 5), strides: (1, 1), activation: "relu", padding: "same"),
            new BatchNormalization(),
            new MaxPooling2D(poolSize: (3, 3), strides: (2, 2)),
            new Conv2D(384, (3, 3), strides: (1, 1), activation: "relu", padding: "same"),
            new BatchNormalization(),
            new Conv2D(384, (3, 3), strides: (1, 1), activation: "relu", padding: "same"),
            new BatchNormalization(),
            new Conv2D(256, (3, 3), strides: (1, 1), activation: "relu", padding: "same"),
            new BatchNormalization(),
            new MaxPooling2D(poolSize: (3, 3), strides: (2, 2)),
            new Flatten(),
            new Dense(4096, activation: "relu"),
            new Dropout(0.5),
            new Dense(4096, activation: "relu"),
            new Dropout(0.5),
            new Dense(10, activation: "softmax"),
        }.Summarize();
        Assert.True(s.IsValid, s.Error?.ToString());
        var expected = ConformanceCase.Load("0025").Rows;
        Assert.Equal(expected.Count, s.Rows.Count);
        for (int i = 0; i < expected.Count; i++) expected[i].AssertMatches(s.Rows[i]);
        Assert.Equal(58327818, s.Totals.Params);
        Assert.Equal(58325066, s.Totals.TrainableParams);
        Assert.Equal(2752, s.Totals.NonTrainableParams);
    }

    [Fact]
    public void Every_batch_normalization_and_relu6_of_case_0052_matches_keras()
    {
        // 0052 uses layers this suite does not own (DepthwiseConv2D); each BatchNormalization / ReLU row is built on
        // the output shape Keras reported for the row before it.
        var expected = ConformanceCase.Load("0052").Rows;
        int checkedRows = 0;
        for (int i = 1; i < expected.Count; i++)
        {
            var className = expected[i].ClassName;
            Layer layer;
            if (className == "BatchNormalization") layer = new BatchNormalization();
            else if (className == "ReLU") layer = new ReLU(6);
            else continue;
            var row = LayerAssert.Row(layer, expected[i - 1].SampleShape);
            Assert.Equal(expected[i].OutputShape, row.OutputShape);
            LayerAssert.Params(row, expected[i].Params, expected[i].TrainableParams, expected[i].NonTrainableParams);
            checkedRows++;
        }
        Assert.Equal(26, checkedRows); // 13 BatchNormalization + 13 ReLU(6)
    }

    [Fact]
    public void Frozen_batch_normalization_matches_keras_case_0066()
    {
        var s = CaseModels.FrozenAndBatchNorm().Summarize();
        Assert.True(s.IsValid, s.Error?.ToString());
        var expected = ConformanceCase.Load("0066").Rows;
        for (int i = 0; i < s.Rows.Count; i++) expected[i].AssertMatches(s.Rows[i]);
        Assert.False(s.Rows[1].Trainable);
        Assert.Contains(s.Rows[1].WalkThrough.Notes, n => n.Contains("trainable=False"));
    }

    [Fact]
    public void Walk_through_states_the_formula_and_the_non_trainable_part()
    {
        // 96 channels: 4·96 = 384, of which the moving mean and variance 2·96 = 192 are non-trainable.
        var row = LayerAssert.Row(new BatchNormalization(), 55, 55, 96);
        Assert.Equal(LayerKind.Normalization, row.Kind);
        Assert.Equal("batch_normalization", row.Name);
        var w = row.WalkThrough;
        Assert.Equal("params = 4·C = 4·96 = 384", w.Parameters!.ToString());
        Assert.Contains(w.Symbols, s => s.Name == "C");
        Assert.Contains(w.Notes, n => n.StartsWith("non-trainable = 2·C = 2·96 = 192: the moving mean and moving variance", StringComparison.Ordinal));
    }

    [Theory]
    // C = 16: gamma (16, if scale) + beta (16, if center) trainable; moving mean + variance 2·16 = 32 non-trainable.
    [InlineData(true, true, 64, 32, "4·C")]
    [InlineData(false, true, 48, 16, "3·C")]
    [InlineData(true, false, 48, 16, "3·C")]
    [InlineData(false, false, 32, 0, "2·C")]
    public void Center_and_scale_flags_drop_beta_and_gamma(bool center, bool scale, long total, long trainable, string rule)
    {
        var row = LayerAssert.Row(new BatchNormalization(center: center, scale: scale), 32, 32, 16);
        LayerAssert.Params(row, total, trainable, 32);
        Assert.Equal(rule, row.WalkThrough.Parameters!.Symbolic);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-3)]
    public void Channels_first_models_normalize_axis_1(int axis)
    {
        // (None, 3, 32, 32), axis 1 (= -3): C = 3 → 4·3 = 12 params, 2·3 = 6 non-trainable.
        var row = LayerAssert.Row(new BatchNormalization(axis: axis), 3, 32, 32);
        Assert.Equal(new Shape(null, 3, 32, 32), row.OutputShape);
        LayerAssert.Params(row, 12, 6, 6);
    }

    [Fact]
    public void Works_on_a_vector_input()
    {
        // After Dense(8): (None, 8) → 4·8 = 32 params; frozen: all 32 non-trainable.
        LayerAssert.Params(LayerAssert.Row(new BatchNormalization(), 8), 32, 16, 16);
        LayerAssert.Params(LayerAssert.Row(new BatchNormalization(trainable: false), 8), 32, 0, 32);
    }

    [Fact]
    public void Rejects_an_axis_the_input_does_not_have()
    {
        var error = LayerAssert.Error(new BatchNormalization(axis: 4), 3, 32, 32);
        Assert.Equal("BatchNormalization axis=4 does not exist in its 4D input (None, 3, 32, 32)", error.Message);
        Assert.Equal("BatchNormalization axis=-5 does not exist in its 4D input (None, 3, 32, 32)",
            LayerAssert.Error(new BatchNormalization(axis: -5), 3, 32, 32).Message);
    }

    [Fact]
    public void Needs_the_normalized_axis_known()
    {
        var error = LayerAssert.Error(new BatchNormalization(), 10, null);
        Assert.Equal("BatchNormalization needs the size of axis -1 for its weight vectors, but it is None in its input (None, 10, None)", error.Message);
        var batch = LayerAssert.Error(new BatchNormalization(axis: 0), 10, 4);
        Assert.Contains("axis 0 is the batch", batch.Hint);
    }
}
