using static NotebookSummary.Tests.Layers.Merging.MergeKit;

namespace NotebookSummary.Tests.Layers.Merging;

/// <summary>
/// Dot(axes, normalize): exactly two tensors; the axes must have the same size (Keras's build compares them, None
/// included); the output is the first input without its axis, then the second without its batch and its axis, at
/// least (batch, 1) (keras/src/layers/merging/dot.py, compute_output_shape); no weights.
/// </summary>
public class DotTests
{
    [Fact]
    public void Two_vectors_give_one_number_per_sample()
    {
        var row = Row(new Dot(axes: 1), S(8), S(8));
        Assert.Equal(new Shape(null, 1), row.OutputShape);
        Assert.Equal(0, row.Params);
        Assert.Equal(new Shape(null, 1), Row(new Dot(axes: -1, normalize: true), S(8), S(8)).OutputShape);
    }

    [Fact]
    public void Sequences_keep_their_other_axes()
    {
        Assert.Equal(new Shape(null, 3, 5), Row(new Dot(axes: 2), S(3, 8), S(5, 8)).OutputShape);
        Assert.Equal(new Shape(null, 3, 5), Row(new Dot(axes: (2, 1)), S(3, 8), S(8, 5)).OutputShape);
        Assert.Equal(new Shape(null, 8, 8), Row(new Dot(axes: (1, 1)), S(3, 8), S(3, 8)).OutputShape);
    }

    [Fact]
    public void Normalize_is_explained_in_the_walk_through()
    {
        Assert.Contains(Row(new Dot(axes: 1, normalize: true), S(8), S(8)).WalkThrough.Notes, n => n.Contains("cosine"));
    }

    [Fact]
    public void Axes_of_different_sizes_name_both_tensors()
    {
        Assert.Equal("Dot needs axes of the same size: axis 1 of a (None, 8) is 8, axis 1 of b (None, 4) is 4",
            Error(new Dot(axes: 1), S(8), S(4)).Message);
        // Keras's build compares the sizes as they are: an unknown one does not match a known one.
        Assert.Equal("Dot needs axes of the same size: axis 1 of a (None, None) is None, axis 1 of b (None, 4) is 4",
            Error(new Dot(axes: 1), S([null]), S(4)).Message);
    }

    [Fact]
    public void The_batch_axis_and_missing_axes_are_refused()
    {
        Assert.Equal("Dot cannot take the product over axis 0 of a (None, 8): that is the batch",
            Error(new Dot(axes: 0), S(8), S(8)).Message);
        Assert.Equal("Dot axis 3 does not exist in its 3D input a (None, 3, 8)", Error(new Dot(axes: 3), S(3, 8), S(3, 8)).Message);
    }

    [Fact]
    public void Dot_takes_exactly_two_tensors()
    {
        Assert.Equal("Dot takes exactly 2 tensors, but it is called on 3: a (None, 8), b (None, 8) and c (None, 8)",
            Error(new Dot(axes: 1), S(8), S(8), S(8)).Message);
    }

    [Fact]
    public void Axes_must_be_one_integer_or_a_pair()
    {
        Assert.StartsWith("Dot argument 'axes' must be an integer or a pair of integers",
            Error(new Dot(axes: (1, 1, 1)), S(8), S(8)).Message);
    }
}
