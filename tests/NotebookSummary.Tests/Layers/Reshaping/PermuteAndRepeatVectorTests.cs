using static NotebookSummary.Tests.Layers.LayerKit;

namespace NotebookSummary.Tests.Layers.Reshaping;

/// <summary>
/// Permute(dims): output axis i is input axis dims[i] (1-based, batch excluded; dims must be a permutation of
/// 1..n and the input must have n sample axes). RepeatVector(n): (batch, features) → (batch, n, features).
/// </summary>
public class PermuteAndRepeatVectorTests
{
    [Fact]
    public void Permute_reorders_the_axes()
    {
        // Keras's docstring: (10, 64) with dims (2, 1) → (64, 10).
        var row = Row(new Permute((2, 1)), 10, 64);
        Assert.Equal("(None, 64, 10)", row.Out());
        Assert.Equal(LayerKind.Reshape, row.Kind);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
        Assert.Contains("output axes = input axes (d_2, d_1)", row.WalkThrough.Notes);
        // (2, 3, 4) with (3, 1, 2) → (4, 2, 3); an unknown axis moves like any other.
        Assert.Equal("(None, 4, 2, 3)", Row(new Permute((3, 1, 2)), 2, 3, 4).Out());
        Assert.Equal("(None, 5, None)", Row(new Permute((2, 1)), null, 5).Out());
    }

    [Fact]
    public void Permute_errors()
    {
        Assert.Equal("Permute argument 'dims' must list each of 1..2 once (1-based, batch excluded), but it is (1, 1)",
            Error(new Permute((1, 1)), 3, 4).Message);
        Assert.Contains("each of 1..2 once", Error(new Permute((0, 1)), 3, 4).Message);
        Assert.Contains("each of 1..2 once", Error(new Permute((1, 3)), 3, 4).Message);
        Assert.Contains("expects a 3D input", Error(new Permute((2, 1)), 2, 3, 4).Message);
    }

    [Fact]
    public void RepeatVector_adds_a_steps_axis()
    {
        // Case 0039: LSTM output (128) → RepeatVector(4) = (4, 128).
        var row = Row(new RepeatVector(4), 128);
        Assert.Equal("(None, 4, 128)", row.Out());
        Assert.Equal("repeat_vector", row.Name);
        Assert.Equal(LayerKind.Reshape, row.Kind);
        Assert.Equal(0, row.Params);
        Assert.Contains("repeated n = 4 times", Assert.Single(row.WalkThrough.Notes));
    }

    [Fact]
    public void RepeatVector_errors()
    {
        Assert.Equal("RepeatVector expects a 2D input (batch, features), but its input is (None, 4, 8) (3D)",
            Error(new RepeatVector(3), 4, 8).Message);
        Assert.Contains("'n' must be a positive integer", Error(new RepeatVector(0), 8).Message);
    }
}
