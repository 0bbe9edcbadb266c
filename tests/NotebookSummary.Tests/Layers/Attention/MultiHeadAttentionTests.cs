using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Layers.Attention;

/// <summary>
/// MultiHeadAttention(num_heads, key_dim, value_dim, use_bias, output_shape): four projections (query and key to
/// num_heads × key_dim, value to num_heads × value_dim, output back to the query's last size or output_shape), each
/// with a bias; the output is the query's shape with that last size; its build makes an unnamed Softmax and Dropout,
/// which take "softmax" and "dropout" (keras/src/layers/attention/multi_head_attention.py, build).
/// </summary>
public class MultiHeadAttentionTests
{
    private static NotebookSummary.Analysis.ModelSummary Summarize(MultiHeadAttention mha, int?[] q, int?[] v, int?[]? k = null)
    {
        var query = new Input(q);
        var value = new Input(v);
        var key = k is null ? null : new Input(k);
        var output = key is null ? mha.Call(query, value) : mha.Call(query, value, key);
        return (key is null ? new Model([query, value], output) : new Model([query, value, key], output)).Summarize();
    }

    [Fact]
    public void Params_are_four_projections_with_their_biases()
    {
        var s = Summarize(new MultiHeadAttention(2, 16), [5, 8], [7, 12]);
        Assert.True(s.IsValid, s.Error?.ToString());
        // query 8→2·16, key 12→2·16, value 12→2·16, output 2·16→8
        Assert.Equal((8 + 1) * 32 + (12 + 1) * 32 + (12 + 1) * 32 + (32 + 1) * 8, s.Rows[^1].Params);
        Assert.Equal(new Shape(null, 5, 8), s.Rows[^1].OutputShape);
    }

    [Fact]
    public void Value_dim_key_output_shape_and_use_bias_change_the_projections()
    {
        var s = Summarize(new MultiHeadAttention(2, 4, valueDim: 3, useBias: false, outputShape: 10), [5, 8], [7, 6], [7, 9]);
        Assert.True(s.IsValid, s.Error?.ToString());
        Assert.Equal(8 * 8 + 9 * 8 + 6 * 6 + 6 * 10, s.Rows[^1].Params);
        Assert.Equal(new Shape(null, 5, 10), s.Rows[^1].OutputShape);
    }

    [Fact]
    public void A_key_and_a_value_of_different_lengths_are_refused()
    {
        var s = Summarize(new MultiHeadAttention(2, 4), [5, 8], [7, 8], [6, 8]);
        Assert.False(s.IsValid);
        Assert.StartsWith("MultiHeadAttention needs a key and a value equal on every axis but the last", s.Error!.Message);
    }

    [Fact]
    public void The_reader_takes_key_by_keyword_and_lists_it_after_the_value()
    {
        var read = KerasSource.Parse("""
            import keras
            from keras import layers
            q = keras.Input(shape=(5, 8))
            v = keras.Input(shape=(7, 8))
            k = keras.Input(shape=(7, 4))
            y = layers.MultiHeadAttention(num_heads=2, key_dim=4)(q, v, key=k, training=False)
            y = layers.Dropout(0.1)(y)
            model = keras.Model([q, v, k], y)
            """).Summarize();
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        var rows = read.Summary!.Rows;
        Assert.Equal((8 + 1) * 8 + (4 + 1) * 8 + (8 + 1) * 8 + (8 + 1) * 8, rows[3].Params);
        Assert.Equal("dropout_1", rows[4].Name); // the attention's own dropout took "dropout"
    }
}
