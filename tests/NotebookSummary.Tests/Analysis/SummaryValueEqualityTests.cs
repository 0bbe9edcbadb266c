using NotebookSummary.Analysis;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Analysis;

/// <summary>
/// Rows, windows and walk-throughs are values: equal when what they show is equal, whatever was read from them
/// before, with hash codes that agree.
/// </summary>
public class SummaryValueEqualityTests
{
    // Row 0: Conv2D with kernel (3, 2); row 3: Conv2D (2, 2); row 7: Dense.
    private static ModelSummary Cnn() => SeedModels.DigitsCnn().Summarize();

    [Fact]
    public void A_row_equals_its_copy_before_and_after_its_walk_through_is_read()
    {
        foreach (var row in Cnn().Rows)
        {
            var copy = row with { };
            Assert.Equal(row, copy);
            Assert.Equal(row.GetHashCode(), copy.GetHashCode());

            _ = row.WalkThrough; // fills the original's walk-through, not the copy's
            Assert.Equal(row, copy);
            Assert.Equal(copy, row);
            Assert.Equal(row.GetHashCode(), copy.GetHashCode());

            var later = row with { };
            _ = later.WalkThrough;
            Assert.Equal(copy, later);
            Assert.Equal(copy.GetHashCode(), later.GetHashCode());
        }
    }

    [Fact]
    public void Rows_of_two_models_built_alike_are_equal()
    {
        var a = Cnn();
        var b = Cnn();
        _ = a.Rows[0].WalkThrough;
        Assert.Equal(a.Rows, b.Rows);
        Assert.Equal(a.Rows.Select(r => r.GetHashCode()), b.Rows.Select(r => r.GetHashCode()));
    }

    [Fact]
    public void A_row_with_one_value_changed_is_not_equal()
    {
        var row = Cnn().Rows[0];
        Assert.NotEqual(row, row with { Name = "other" });
        Assert.NotEqual(row, row with { Trainable = false });
        Assert.NotEqual(row, row with { DataFormat = "channels_first" });
        Assert.NotEqual(row, row with { Window = new Window([5, 5], [1, 1]) });
        Assert.NotEqual(row, row with { WalkThrough = Cnn().Rows[7].WalkThrough });
        Assert.Equal(row, row with { WalkThrough = Cnn().Rows[0].WalkThrough });
    }

    [Fact]
    public void A_given_walk_through_replaces_the_one_the_row_would_build()
    {
        var rows = Cnn().Rows;
        var dense = rows[7].WalkThrough;
        var row = rows[0] with { WalkThrough = dense };
        Assert.Same(dense, row.WalkThrough);
        Assert.Equal(WalkThroughFingerprint.Of(dense), row.WalkThroughFingerprint);
    }

    [Fact]
    public void Windows_with_equal_sizes_and_strides_are_equal()
    {
        var window = new Window([3, 2], [1, 1]);
        var same = new Window(new List<int> { 3, 2 }, new[] { 1, 1 });
        Assert.Equal(window, same);
        Assert.True(window == same);
        Assert.Equal(window.GetHashCode(), same.GetHashCode());
        Assert.Equal(window, Cnn().Rows[0].Window);
        Assert.NotEqual(window, new Window([3, 2], [2, 2]));
        Assert.NotEqual(new Window([3, 3], [1]), new Window([3], [3, 1]));
    }

    [Fact]
    public void A_window_keeps_its_own_copy_of_the_lists_it_was_given()
    {
        var size = new List<int> { 3, 3 };
        var window = new Window(size, [1, 1]);
        size[0] = 7;
        Assert.Equal([3, 3], window.Size);
        var strided = window with { Strides = size };
        size[1] = 9;
        Assert.Equal([7, 3], strided.Strides);
    }

    [Fact]
    public void Walk_throughs_of_one_layer_built_twice_are_equal()
    {
        var a = Cnn().Rows[0].WalkThrough;
        var b = Cnn().Rows[0].WalkThrough;
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a.Parameters, b.Parameters);
        Assert.NotEqual(a, Cnn().Rows[3].WalkThrough);
        Assert.NotEqual(a, Cnn().Rows[7].WalkThrough);
    }

    [Fact]
    public void A_row_made_by_hand_without_a_walk_through_has_an_empty_one()
    {
        var row = Cnn().Rows[3];
        var byHand = new SummaryRow
        {
            Index = row.Index, Name = row.Name, ClassName = row.ClassName, DisplayType = row.DisplayType,
            Kind = row.Kind, InputShape = row.InputShape, OutputShape = row.OutputShape, Params = row.Params,
            TrainableParams = row.TrainableParams, NonTrainableParams = row.NonTrainableParams,
            Trainable = row.Trainable, HasNoWeights = row.HasNoWeights,
        };
        Assert.Null(byHand.WalkThrough.Parameters);
        Assert.Empty(byHand.WalkThrough.Shape);
        Assert.Equal(byHand, byHand with { });
    }
}
