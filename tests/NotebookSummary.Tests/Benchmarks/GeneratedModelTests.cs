using NotebookSummary.Benchmarks;

namespace NotebookSummary.Tests.Benchmarks;

/// <summary>The benchmark generator's models are valid Keras models with exactly the requested number of rows.</summary>
public class GeneratedModelTests
{
    [Theory]
    [InlineData(8)]
    [InlineData(10)]
    [InlineData(1_000)]
    public void Built_model_summarizes_with_one_row_per_layer(int layers)
    {
        var summary = GeneratedModel.Build(layers).Summarize();
        Assert.True(summary.IsValid, summary.Error?.ToString());
        Assert.Equal(layers, summary.Rows.Count);
        // The mix ends with Dense(10, softmax) on the flattened/dense stack: (None, 10).
        Assert.Equal("(None, 10)", summary.OutputShape!.ToString());
    }

    [Fact]
    public void Source_has_one_model_add_per_layer_after_the_input()
    {
        string source = GeneratedModel.KerasSource(100);
        int adds = source.Split('\n').Count(l => l.StartsWith("model.add(", StringComparison.Ordinal));
        Assert.Equal(100 + 1, adds); // the keras.Input line is a model.add too, but not a row
    }

    [Fact]
    public void Ten_layer_model_matches_the_Keras_shape_rules()
    {
        // 10 layers: rest = 6 → 3 conv-block layers, 1 recurrent, 2 dense, plus the 4 joints.
        // Conv2D(32, 3×3, same) on (32, 32, 3): (3·3·3 + 1)·32 = 896; BatchNormalization(32): 4·32 = 128 (64 non-trainable);
        // MaxPooling2D(2, strides 1, same) keeps 32×32; GlobalAveragePooling2D → (None, 32); RepeatVector(8) → (None, 8, 32);
        // LSTM(32) on 32 features: 4·(32·(32 + 32) + 32) = 8,320; Flatten → 256; Dense(64): (256 + 1)·64 = 16,448;
        // Dropout; Dense(10): (64 + 1)·10 = 650.
        var s = GeneratedModel.Build(10).Summarize();
        Assert.Equal(
            ["Conv2D", "BatchNormalization", "MaxPooling2D", "GlobalAveragePooling2D", "RepeatVector", "LSTM", "Flatten", "Dense", "Dropout", "Dense"],
            s.Rows.Select(r => r.ClassName));
        Assert.Equal([896L, 128, 0, 0, 0, 8_320, 0, 16_448, 0, 650], s.Rows.Select(r => r.Params));
        Assert.Equal(896 + 128 + 8_320 + 16_448 + 650, s.Totals.Params);
        Assert.Equal(64, s.Totals.NonTrainableParams);
        Assert.Equal("(None, 32, 32, 32)", s.Rows[2].OutputShape.ToString());
        Assert.Equal("(None, 8, 32)", s.Rows[5].OutputShape.ToString());
        Assert.Equal("(None, 256)", s.Rows[6].OutputShape.ToString());
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1_000)]
    public void Reading_the_source_gives_the_model_the_API_builds(int layers)
    {
        var read = NotebookSummary.Keras.KerasSource.Parse(GeneratedModel.KerasSource(layers));
        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
        var fromSource = read.Summarize().Summary!;
        var fromApi = GeneratedModel.Build(layers).Summarize();
        Assert.Equal(fromApi.Rows.Select(r => (r.Name, r.ClassName, r.OutputShape.ToString(), r.Params)),
            fromSource.Rows.Select(r => (r.Name, r.ClassName, r.OutputShape.ToString(), r.Params)));
        Assert.Equal(fromApi.Totals.Params, fromSource.Totals.Params);
    }
}
