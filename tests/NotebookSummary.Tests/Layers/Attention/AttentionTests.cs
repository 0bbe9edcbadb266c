using static NotebookSummary.Tests.Layers.Merging.MergeKit;

namespace NotebookSummary.Tests.Layers.Attention;

/// <summary>
/// Attention and AdditiveAttention: a list [query, value] or [query, value, key]; the output is the query's shape
/// with the value's last axis (compute_output_shape); Attention's weights are scalars (scale for use_scale,
/// concat_score_weight for score_mode="concat"), AdditiveAttention's scale has the query's last size
/// (keras/src/layers/attention/attention.py and additive_attention.py, build).
/// </summary>
public class AttentionTests
{
    [Fact]
    public void The_output_is_the_query_with_the_values_last_axis()
    {
        var row = Row(new NotebookSummary.Attention(), S(5, 8), S(7, 16));
        Assert.Equal(new Shape(null, 5, 16), row.OutputShape);
        Assert.Equal(0, row.Params);
        Assert.Equal(new Shape(null, 5, 16), Row(new NotebookSummary.Attention(), S(5, 8), S(7, 16), S(7, 8)).OutputShape);
    }

    [Fact]
    public void Scale_and_concat_scores_are_one_scalar_each()
    {
        Assert.Equal(1, Row(new NotebookSummary.Attention(useScale: true), S(5, 8), S(7, 8)).Params);
        Assert.Equal(1, Row(new NotebookSummary.Attention(scoreMode: "concat"), S(5, 8), S(7, 8)).Params);
        Assert.Equal(2, Row(new NotebookSummary.Attention(useScale: true, scoreMode: "concat"), S(5, 8), S(7, 8)).Params);
    }

    [Fact]
    public void Additive_attention_scales_each_query_feature()
    {
        Assert.Equal(8, Row(new AdditiveAttention(), S(5, 8), S(7, 8)).Params);
        Assert.Equal(0, Row(new AdditiveAttention(useScale: false), S(5, 8), S(7, 8)).Params);
    }

    [Fact]
    public void A_list_of_two_or_three_tensors_and_a_known_score_mode_are_needed()
    {
        Assert.StartsWith("Attention is called on a list [query, value] or [query, value, key], but it is called on a list of 4",
            Error(new NotebookSummary.Attention(), S(5, 8), S(7, 8), S(7, 8), S(7, 8)).Message);
        Assert.Contains("score_mode", Error(new NotebookSummary.Attention(scoreMode: "add"), S(5, 8), S(7, 8)).Message);
    }

    [Fact]
    public void The_reader_refuses_the_attention_scores_output_rather_than_dropping_it()
    {
        var read = NotebookSummary.Keras.KerasSource.Parse("""
            import keras
            q = keras.Input(shape=(5, 8))
            v = keras.Input(shape=(7, 8))
            y = keras.layers.Attention()([q, v], return_attention_scores=True)
            model = keras.Model([q, v], y)
            """);
        Assert.Contains(read.Diagnostics, d => d.IsError && d.Message.Contains("return_attention_scores=True"));
    }
}
