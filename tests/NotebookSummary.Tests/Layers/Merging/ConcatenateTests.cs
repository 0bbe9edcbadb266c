using static NotebookSummary.Tests.Layers.Merging.MergeKit;

namespace NotebookSummary.Tests.Layers.Merging;

/// <summary>
/// Concatenate(axis): the sizes on the axis add up (None if any is None); every other axis must be equal where both
/// are known (Keras's build check), the inputs of one rank; no weights (keras/src/layers/merging/concatenate.py).
/// </summary>
public class ConcatenateTests
{
    [Fact]
    public void Sizes_on_the_last_axis_add_up_with_a_walk_through()
    {
        var row = Row(new Concatenate(), S(4, 8), S(4, 6), S(4, 2));
        Assert.Equal(new Shape(null, 4, 16), row.OutputShape);
        Assert.Equal(0, row.Params);
        var f = row.Shape("d_out");
        Assert.Equal("d_1 + d_2 + d_3", f.Symbolic);
        Assert.Equal("8 + 6 + 2", f.Substituted);
        Assert.Equal(16, f.Result);
    }

    [Fact]
    public void Another_axis_positive_or_negative()
    {
        Assert.Equal(new Shape(null, 9, 8), Row(new Concatenate(axis: 1), S(4, 8), S(5, 8)).OutputShape);
        Assert.Equal(new Shape(null, 9, 8), Row(new Concatenate(axis: -2), S(4, 8), S(5, 8)).OutputShape);
    }

    [Fact]
    public void An_unknown_size_on_the_axis_makes_the_sum_unknown()
    {
        Assert.Equal(new Shape(null, null, 8), Row(new Concatenate(axis: 1), S(null, 8), S(5, 8)).OutputShape);
    }

    [Fact]
    public void An_unknown_size_on_another_axis_is_accepted_and_the_first_input_gives_it()
    {
        Assert.Equal(new Shape(null, null, 14), Row(new Concatenate(), S(null, 8), S(5, 6)).OutputShape);
    }

    [Fact]
    public void Different_sizes_on_another_axis_name_both_tensors()
    {
        var e = Error(new Concatenate(), S(4, 8), S(5, 8));
        Assert.Equal("Concatenate on axis -1 needs equal sizes on the other axes: a (None, 4, 8) and b (None, 5, 8)", e.Message);
        Assert.StartsWith("axis 1 is 4 in one and 5 in the other", e.Hint);
    }

    [Fact]
    public void Inputs_of_different_ranks_are_refused()
    {
        Assert.Equal("Concatenate needs inputs of the same rank: a (None, 8) and b (None, 3, 8)",
            Error(new Concatenate(), S(8), S(3, 8)).Message);
    }

    [Fact]
    public void An_axis_the_inputs_do_not_have_is_refused()
    {
        Assert.Equal("Concatenate axis=3 does not exist in its 3D inputs, e.g. a (None, 4, 8)",
            Error(new Concatenate(axis: 3), S(4, 8), S(4, 8)).Message);
    }

    [Fact]
    public void One_tensor_in_a_list_is_that_tensor()
    {
        Assert.Equal(new Shape(null, 8), Row(new Concatenate(), S(8)).OutputShape);
    }
}
