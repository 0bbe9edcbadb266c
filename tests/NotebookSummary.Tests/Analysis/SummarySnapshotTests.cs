using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Analysis;

/// <summary>
/// A C# user who keeps the model, its layers or the lists a summary hands out cannot change a summary already
/// returned: layers are immutable, and no list comes out writable.
/// </summary>
public class SummarySnapshotTests
{
    [Fact]
    public void Changing_the_model_after_summarizing_changes_a_new_summary_only()
    {
        var dense = new Dense(4, inputDim: 3);
        var model = new Sequential("first") { dense };
        var summary = model.Summarize();

        model.Name = "second";
        model.Add(new Dense(2));
        Assert.Equal("first", summary.Name);
        Assert.Single(summary.Rows);
        Assert.Equal(2, model.Summarize().Rows.Count);
        // (3 + 1)·4 = 16, read after the model changed.
        Assert.Equal("params = (n_in + 1)·units = (3 + 1)·4 = 16", summary.Rows[0].WalkThrough.Parameters!.ToString());
    }

    [Fact]
    public void No_list_of_a_summary_or_a_layer_can_be_written_through_a_cast()
    {
        var conv = new Conv2D(8, kernelSize: (3, 3), strides: (1, 1));
        var summary = new Sequential { new Input(8, 8, 1), conv, new Dense(2) }.Summarize();
        var row = summary.Rows[0];

        AssertReadOnly(summary.Rows);
        AssertReadOnly(row.OutputShape.Dims);
        AssertReadOnly(row.OutputShape.SampleDims);
        AssertReadOnly(conv.KernelSize.Values);
        AssertReadOnly(row.Window!.Size);
        AssertReadOnly(row.Window.Strides);
        AssertReadOnly(row.WalkThrough.Shape);
        AssertReadOnly(summary.Rows[1].WalkThrough.Notes);
    }

    [Fact]
    public void Arrays_given_to_sizes_and_shapes_are_copied()
    {
        var dims = new int?[] { 3, 3 };
        Size size = dims;
        var shapeDims = new long?[] { null, 4 };
        var shape = new Shape(shapeDims);
        dims[0] = 5;
        shapeDims[1] = 9;
        Assert.Equal([3, 3], size.Values);
        Assert.Equal("(None, 4)", shape.ToString());
    }

    [Fact]
    public void A_layer_type_written_outside_the_library_has_its_walk_through_taken_when_summarized()
    {
        // Such a layer may hold state that changes later; the row keeps the walk-through of the layer as it was.
        var layer = new CountingLayer { Units = 3 };
        var summary = new Sequential { new Input(2), layer }.Summarize();
        layer.Units = 5;
        Assert.Equal(3, summary.Rows[0].Params);
        Assert.Equal(3, summary.Rows[0].WalkThrough.Parameters!.Result);
    }

    private static void AssertReadOnly<T>(IReadOnlyList<T> list)
    {
        Assert.False(list is T[], $"{list.GetType().Name} is an array");
        Assert.False(list is ArraySegment<T>, "an array segment hands out its array");
        Assert.True(list is not ICollection<T> collection || collection.IsReadOnly, $"{list.GetType().Name} is writable");
    }

    /// <summary>A layer with a mutable field, as a user might write one.</summary>
    private sealed class CountingLayer : Layer
    {
        public int Units;

        protected internal override void Build(LayerBuilder b)
        {
            b.Params(Expr.Sym("units", Units, "units"));
            b.OutputSameAsInput();
        }
    }
}
