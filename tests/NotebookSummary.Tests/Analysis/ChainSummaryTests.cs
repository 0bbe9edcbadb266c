using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Analysis;

/// <summary>
/// A Sequential of plain layers made in order is named by position, its names unchecked for repeats when they cannot
/// repeat; its weights are tallied without a set until a nested model appears; its rows keep only the label of the
/// tensor they were built on. Each shortcut must give what Keras gives.
/// </summary>
public class ChainSummaryTests
{
    [Fact]
    public void Layers_listed_out_of_the_order_they_were_made_take_the_names_Keras_gave_when_it_made_them()
    {
        // Keras names a layer when it is constructed: a is dense, b is dense_1, wherever the model lists them.
        var a = new Dense(2);
        var b = new Dense(3);
        var summary = new Sequential { new Input(4), b, a }.Summarize();
        Assert.Equal(["dense_1", "dense"], summary.Rows.Select(r => r.Name));
    }

    [Fact]
    public void A_plain_chain_takes_one_counter_per_prefix()
    {
        var summary = new Sequential
        {
            new Input(16, 16, 8),
            new Conv2D(8, 3, padding: "same"), new BatchNormalization(), new Activation("relu"),
            new Conv2D(8, 3, padding: "same"), new BatchNormalization(), new Activation("relu"),
        }.Summarize();
        Assert.Equal(["conv2d", "batch_normalization", "activation", "conv2d_1", "batch_normalization_1", "activation_1"],
            summary.Rows.Select(r => r.Name));
    }

    /// <summary>A layer class whose snake-case name is another's second default name (Python's <c>class Dense_1(Layer)</c>).</summary>
    private sealed class DenseOne() : Layer
    {
        public override string DefaultNamePrefix => "dense_1";

        protected internal override void Build(LayerBuilder b)
        {
            b.OutputSameAsInput();
            b.NoParams("it passes its input on");
        }
    }

    [Fact]
    public void Default_names_of_two_prefixes_that_meet_are_an_error_as_in_Keras()
    {
        // Keras names the second Dense dense_1 and the DenseOne dense_1 too, and refuses a model whose names repeat.
        var s = new Sequential { new Dense(4, inputDim: 2), new Dense(4), new DenseOne() }.Summarize();
        Assert.Equal(2, s.Rows.Count);
        Assert.Equal("the name 'dense_1' is already used by layer 1", s.Error!.Message);
    }

    // Keras: Dense(4) on 4 inputs has 4·4 + 4 = 20 weights; the model holds them once, however many rows show them.
    [Fact]
    public void A_layer_used_directly_and_then_inside_a_nested_Sequential_is_counted_once()
    {
        var shared = new Dense(4);
        var block = new Sequential { shared };
        var summary = new Sequential { new Input(4), shared, block }.Summarize();
        Assert.True(summary.IsValid, summary.Error?.ToString());
        Assert.Equal([20L, 20L], summary.Rows.Select(r => r.Params));
        Assert.Equal(new ModelTotals(20, 20, 0), summary.Totals);
    }

    [Fact]
    public void A_layer_used_inside_a_nested_Sequential_and_then_directly_is_counted_once()
    {
        var shared = new Dense(4);
        var block = new Sequential { shared };
        var summary = new Sequential { new Input(4), block, shared, new Dense(2) }.Summarize();
        Assert.True(summary.IsValid, summary.Error?.ToString());
        // The last Dense(2) on 4 inputs: 4·2 + 2 = 10.
        Assert.Equal(new ModelTotals(30, 30, 0), summary.Totals);
    }

    [Fact]
    public void A_copy_given_another_input_shape_still_explains_the_build_the_row_came_from()
    {
        // Dense(3) on 8 inputs: (8 + 1)·3 = 27 weights.
        var row = new Sequential { new Input(8), new Dense(3) }.Summarize().Rows[0];
        var copy = row with { InputShape = new Input(16).Shape };
        Assert.Equal(27, copy.WalkThrough.Parameters!.Result);
        Assert.Equal(row.WalkThrough, copy.WalkThrough);
        Assert.NotEqual(row, copy);
    }

    [Fact]
    public void A_multiply_accumulate_count_reads_back_as_given()
    {
        var row = new Sequential { new Input(8), new Dense(3) }.Summarize().Rows[0];
        Assert.Equal(24, row.MultiplyAccumulates); // 8·3 products for one sample
        Assert.Null((row with { MultiplyAccumulates = null }).MultiplyAccumulates);
        Assert.Equal(0, (row with { MultiplyAccumulates = 0 }).MultiplyAccumulates);
    }
}
