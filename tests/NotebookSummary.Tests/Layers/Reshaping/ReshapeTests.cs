using static NotebookSummary.Tests.Layers.LayerKit;

namespace NotebookSummary.Tests.Layers.Reshaping;

/// <summary>
/// Reshape (Keras's compute_reshape_output_shape): the target must hold the input's number of values; one -1 is
/// inferred as (input values) / (product of the other target sizes); with an unknown input dimension nothing is
/// checked and the -1 becomes None.
/// </summary>
public class ReshapeTests
{
    [Fact]
    public void Fixed_target_keeps_the_number_of_values()
    {
        // Case 0050: (1568) → (7, 7, 32); 7·7·32 = 1,568.
        var row = Row(new Reshape((7, 7, 32)), 1568);
        Assert.Equal("(None, 7, 7, 32)", row.Out());
        Assert.Equal(0, row.Params);
        Assert.Equal(LayerKind.Reshape, row.Kind);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
        Assert.Contains("1,568 values, the same number before and after", row.WalkThrough.Notes);
        // Case 0052: (1, 1, 10) → (10,).
        Assert.Equal("(None, 10)", Row(new Reshape(new[] { 10 }), 1, 1, 10).Out());
    }

    [Fact]
    public void Minus_one_is_inferred()
    {
        // Keras's docstring: (12) → Reshape((-1, 2, 2)) = (3, 2, 2); t_1 = ⌊12/(2·2)⌋ = 3.
        var row = Row(new Reshape((-1, 2, 2)), 12);
        Assert.Equal("(None, 3, 2, 2)", row.Out());
        var t1 = row.Shape("t_1");
        Assert.Equal("⌊n/(t_2·t_3)⌋", t1.Symbolic);
        Assert.Equal("⌊12/(2·2)⌋", t1.Substituted);
        Assert.Equal(3, t1.Result);

        // (6, 4) → (-1,): t_1 = d_1·d_2 = 24.
        var flat = Row(new Reshape(new[] { -1 }), 6, 4);
        Assert.Equal("(None, 24)", flat.Out());
        Assert.Equal("d_1·d_2", flat.Shape("t_1").Symbolic);
        Assert.Equal("6·4", flat.Shape("t_1").Substituted);

        // (4, 6) → (3, -1): 24 / 3 = 8.
        Assert.Equal("(None, 3, 8)", Row(new Reshape((3, -1)), 4, 6).Out());
    }

    [Fact]
    public void Unknown_input_dimension_is_not_checked()
    {
        // Keras: with None in the input, -1 becomes None and the other sizes are taken as given.
        Assert.Equal("(None, None, 4)", Row(new Reshape((-1, 4)), null, 8).Out());
        Assert.Equal("(None, 2, 4)", Row(new Reshape((2, 4)), null, 8).Out());
    }

    [Fact]
    public void Size_mismatches_are_model_errors()
    {
        var e = Error(new Reshape((3, 4)), 10);
        Assert.Equal("Reshape cannot turn (None, 10) (10 values) into (3, 4) (12 values)", e.Message);
        Assert.Contains("10 values", e.Hint);
        var inferred = Error(new Reshape((-1, 3)), 10);
        Assert.Equal("Reshape cannot infer the -1 in (-1, 3): the input (None, 10) has 10 values, which is not a multiple of 3",
            inferred.Message);
    }

    [Fact]
    public void Invalid_targets_are_model_errors()
    {
        Assert.Contains("at most one -1", Error(new Reshape((-1, -1)), 10).Message);
        Assert.Contains("positive sizes or -1", Error(new Reshape((0, 10)), 10).Message);
        Assert.Contains("positive sizes or -1", Error(new Reshape((-2, 5)), 10).Message);
        Assert.Contains("must hold integers", Error(new Reshape(new int?[] { null, 5 }), 10).Message);
    }
}
