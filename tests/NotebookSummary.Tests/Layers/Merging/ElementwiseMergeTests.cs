using static NotebookSummary.Tests.Layers.Merging.MergeKit;

namespace NotebookSummary.Tests.Layers.Merging;

/// <summary>
/// Add, Subtract, Multiply, Average, Maximum, Minimum: Keras's Merge base class. The output is the inputs' common
/// shape, aligned from the last axis, where a 1 takes the other size and None stays None
/// (<c>_compute_elemwise_op_output_shape</c>); the batch is the one known batch size; no weights.
/// </summary>
public class ElementwiseMergeTests
{
    public static TheoryData<Layer> Merges() => [new Add(), new Subtract(), new Multiply(), new Average(), new Maximum(), new Minimum()];

    [Theory]
    [MemberData(nameof(Merges))]
    public void Equal_shapes_give_that_shape_and_no_weights(Layer merge)
    {
        var row = Row(merge, S(4, 8), S(4, 8));
        Assert.Equal(new Shape(null, 4, 8), row.OutputShape);
        Assert.Equal(0, row.Params);
        Assert.True(row.HasNoWeights);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
        Assert.Equal(["a[0][0]", "b[0][0]"], row.ConnectedTo);
    }

    [Theory]
    [MemberData(nameof(Merges))]
    public void A_size_of_1_broadcasts_and_an_unknown_size_stays_unknown(Layer merge)
    {
        Assert.Equal(new Shape(null, 4, 5), Row(merge, S(4, 1), S(1, 5)).OutputShape);
        Assert.Equal(new Shape(null, null, 8), Row(merge, S(null, 8), S(5, 8)).OutputShape);
        // None with a 1 is None too: Keras checks for None before it looks for a 1.
        Assert.Equal(new Shape(null, null), Row(merge, S(1), S([null])).OutputShape);
    }

    [Theory]
    [MemberData(nameof(Merges))]
    public void Inputs_of_different_ranks_align_from_the_last_axis(Layer merge) =>
        Assert.Equal(new Shape(null, 3, 8), Row(merge, S(8), S(3, 8)).OutputShape);

    [Fact]
    public void Sizes_that_neither_match_nor_are_1_name_both_tensors()
    {
        var e = Error(new Add(), S(8), S(16));
        Assert.Equal("Add needs inputs of the same shape: a (None, 8) and b (None, 16)", e.Message);
        Assert.Equal("add", e.LayerName);
        Assert.Equal(2, e.LayerIndex);
        Assert.Contains("equal on every axis", e.Hint);
    }

    [Fact]
    public void The_message_names_the_earlier_input_that_does_not_fit()
    {
        var e = Error(new Multiply(), S(8), S(1), S(4));
        Assert.Equal("Multiply needs inputs of the same shape: a (None, 8) and c (None, 4)", e.Message);
    }

    [Fact]
    public void The_batch_is_the_known_one_and_two_known_batches_must_agree()
    {
        Assert.Equal(new Shape(4, 8), RowWithBatches(new Add(), [null, 4], S(8), S(8)).OutputShape);
        var e = ErrorWithBatches(new Add(), [4, 2], S(8), S(8));
        Assert.Equal("Add cannot merge tensors with different batch sizes: a (4, 8) and b (2, 8)", e.Message);
    }

    [Fact]
    public void A_list_of_one_tensor_is_that_tensor_as_in_keras()
    {
        Assert.Equal(new Shape(null, 8), Row(new Add(), S(8)).OutputShape);
    }

    [Fact]
    public void One_tensor_not_in_a_list_is_refused_as_keras_does()
    {
        var a = new Input(8) { Name = "a" };
        var summary = new Model(a, new Add().Call(a)).Summarize();
        Assert.Equal("Add merges a list of tensors, but it is called on one tensor, a (None, 8)", summary.Error!.Message);
        Assert.Contains("functional API", summary.Error.Hint);
    }

    [Fact]
    public void A_merge_in_a_sequential_model_gets_one_tensor_and_says_why_that_is_not_enough()
    {
        var summary = new Sequential { new Input(8), new Dense(4), new Add() }.Summarize();
        Assert.Equal("Add merges a list of tensors, but it is called on one tensor, dense (None, 4)", summary.Error!.Message);
        Assert.Single(summary.Rows);
    }

    [Fact]
    public void Subtract_takes_exactly_two_tensors()
    {
        Assert.Equal(new Shape(null, 8), Row(new Subtract(), S(8), S(1)).OutputShape);
        Assert.Equal("Subtract takes exactly 2 tensors, but it is called on 3: a (None, 8), b (None, 8) and c (None, 8)",
            Error(new Subtract(), S(8), S(8), S(8)).Message);
        Assert.Equal("Subtract takes exactly 2 tensors, but it is called on 1: a (None, 8)", Error(new Subtract(), S(8)).Message);
    }

    [Fact]
    public void Default_names_are_keras_snake_case_class_names()
    {
        Assert.Equal("add", Row(new Add(), S(2), S(2)).Name);
        Assert.Equal("subtract", Row(new Subtract(), S(2), S(2)).Name);
        Assert.Equal("multiply", Row(new Multiply(), S(2), S(2)).Name);
        Assert.Equal("average", Row(new Average(), S(2), S(2)).Name);
        Assert.Equal("maximum", Row(new Maximum(), S(2), S(2)).Name);
        Assert.Equal("minimum", Row(new Minimum(), S(2), S(2)).Name);
    }

    [Fact]
    public void A_single_input_layer_called_on_two_tensors_is_a_model_error_naming_both()
    {
        var a = new Input(8) { Name = "a" };
        var b = new Input(8) { Name = "b" };
        var summary = new Model([a, b], new Dense(4).Call(a, b)).Summarize();
        Assert.Equal("Dense takes one tensor, but it is called on 2: a (None, 8) and b (None, 8)", summary.Error!.Message);
        Assert.Equal("dense", summary.Error.LayerName);
    }
}
