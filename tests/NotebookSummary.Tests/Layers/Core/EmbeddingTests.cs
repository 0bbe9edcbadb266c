namespace NotebookSummary.Tests.Layers.Core;

/// <summary>Embedding: input_dim·output_dim weights; the output adds an axis of output_dim to the input.</summary>
public class EmbeddingTests
{
    [Fact]
    public void Seed_002_embedding_without_input_length_matches_keras_case_0015()
    {
        // Seed 002: Embedding(max_features=7, output_dim=13) as the first layer → Keras 2 builds it on (None, None):
        // output (None, None, 13), 7·13 = 91 weights.
        var s = new Sequential { new Embedding(7, outputDim: 13) }.Summarize();
        Assert.True(s.IsValid, s.Error?.ToString());
        Assert.Equal(new Shape(null, null), s.InputShape);
        ConformanceCase.Load("0015").Rows[0].AssertLayerValues(s.Rows[0]);
        Assert.Equal(LayerKind.Embedding, s.Rows[0].Kind);
    }

    [Fact]
    public void Walk_through_multiplies_vocabulary_by_embedding_size()
    {
        var p = new Sequential { new Embedding(7, 13) }.Summarize().Rows[0].WalkThrough.Parameters!;
        Assert.Equal("input_dim·output_dim", p.Symbolic);
        Assert.Equal("7·13", p.Substituted);
        Assert.Equal(91, p.Result);
        Assert.Equal("params = input_dim·output_dim = 7·13 = 91", p.ToString());
    }

    [Fact]
    public void Input_length_gives_the_implied_input_its_length()
    {
        // Keras 2: Embedding(1000, 64, input_length=10) first → input (None, 10), output (None, 10, 64),
        // 1000·64 = 64,000 weights.
        var s = new Sequential { new Embedding(1000, 64, inputLength: 10) }.Summarize();
        Assert.Equal(new Shape(null, 10), s.InputShape);
        Assert.Equal(new Shape(null, 10, 64), s.Rows[0].OutputShape);
        LayerAssert.Params(s.Rows[0], 64000, 64000, 0);
    }

    [Fact]
    public void Input_shape_and_batch_size_win_over_the_implied_input()
    {
        // (None, 5, 3) indices → (None, 5, 3, 8); 50·8 = 400 weights.
        var s = new Sequential { new Embedding(50, 8, inputShape: new[] { 5, 3 }) }.Summarize();
        Assert.Equal(new Shape(null, 5, 3, 8), s.Rows[0].OutputShape);
        LayerAssert.Params(s.Rows[0], 400, 400, 0);

        var batched = new Sequential { new Embedding(50, 8, inputLength: 4) { BatchSize = 32 } }.Summarize();
        Assert.Equal(new Shape(32, 4, 8), batched.Rows[0].OutputShape);
    }

    [Fact]
    public void After_an_input_the_output_appends_output_dim()
    {
        var row = LayerAssert.Row(new Embedding(20000, 128), 200);
        Assert.Equal(new Shape(null, 200, 128), row.OutputShape);
        LayerAssert.Params(row, 2560000, 2560000, 0); // 20,000·128
    }

    [Fact]
    public void Mask_zero_changes_no_count_and_is_explained()
    {
        var row = LayerAssert.Row(new Embedding(101, 16, maskZero: true), 30);
        LayerAssert.Params(row, 1616, 1616, 0); // 101·16: index 0 keeps its row
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("mask_zero=True"));
    }

    [Fact]
    public void Frozen_embedding_is_non_trainable()
    {
        LayerAssert.Params(LayerAssert.Row(new Embedding(10, 4, trainable: false), 6), 40, 0, 40);
    }

    [Theory]
    [InlineData(0, 8, "Embedding argument 'input_dim' must be a positive integer, but it is 0")]
    [InlineData(-5, 8, "Embedding argument 'input_dim' must be a positive integer, but it is -5")]
    [InlineData(10, 0, "Embedding argument 'output_dim' must be a positive integer, but it is 0")]
    public void Rejects_sizes_that_are_not_positive(int inputDim, int outputDim, string message)
    {
        Assert.Equal(message, LayerAssert.Error(new Embedding(inputDim, outputDim), 6).Message);
    }
}
