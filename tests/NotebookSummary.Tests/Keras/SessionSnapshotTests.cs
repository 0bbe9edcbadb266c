using NotebookSummary.Analysis;
using NotebookSummary.Keras;
using NotebookSummary.Rendering;
using static NotebookSummary.Tests.Keras.KerasTestData;

using NotebookSummary.Tests.Rendering.Html;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// A summary returned for one cell is a snapshot: what later cells do to the model and its layers (Keras's
/// <c>layer.trainable = False</c>, <c>layer.name = ...</c>, <c>model.trainable = False</c>) shows in later summaries,
/// never in one already returned. Expected numbers: Dense (n_in + 1)·units.
/// </summary>
public class SessionSnapshotTests
{
    private const string Build = "from keras.models import Sequential\nfrom keras.layers import Dense\n"
                                 + "base = Dense(4, input_dim=3)\nmodel = Sequential([base, Dense(2)])\nmodel.summary()\n";

    [Fact]
    public void Later_cells_do_not_change_a_summary_already_returned()
    {
        var session = new KerasSession();
        var firstRead = session.Read(Build);
        var first = SummaryWithoutErrors(firstRead);

        var renamed = SummaryWithoutErrors(session.Read("base.trainable = False\nbase.name = 'renamed'\nmodel.summary()\n"));
        var frozen = SummaryWithoutErrors(session.Read("model.trainable = False\nmodel.summary()\n"));

        // The later cells took effect: (3 + 1)·4 = 16 frozen with base, then all 16 + (4 + 1)·2 = 26 with the model.
        Assert.Equal("renamed", renamed.Rows[0].Name);
        Assert.Equal([false, true], renamed.Rows.Select(r => r.Trainable));
        Assert.Equal(new ModelTotals(26, 10, 16), renamed.Totals);
        Assert.Equal(new ModelTotals(26, 0, 26), frozen.Totals);
        Assert.All(frozen.Rows, r => Assert.False(r.Trainable));

        // The first summary still says what the first cell built: default names, all trainable.
        Assert.Equal(["dense", "dense_1"], first.Rows.Select(r => r.Name));
        Assert.All(first.Rows, r => Assert.True(r.Trainable));
        Assert.Equal([16L, 10], first.Rows.Select(r => r.TrainableParams));
        Assert.Equal([0L, 0], first.Rows.Select(r => r.NonTrainableParams));
        Assert.Equal(new ModelTotals(26, 26, 0), first.Totals);
        // Its walk-throughs, first read now, are built from the layers as they were.
        Assert.Equal("params = (n_in + 1)·units = (3 + 1)·4 = 16", first.Rows[0].WalkThrough.Parameters!.ToString());
        Assert.Equal("params = (n_in + 1)·units = (4 + 1)·2 = 10", first.Rows[1].WalkThrough.Parameters!.ToString());
        // And the model the first cell returned still holds the layers it had.
        Assert.Equal([true, true], firstRead.Model!.Layers.Select(l => l.Trainable));
        Assert.Equal([null, null], firstRead.Model.Layers.Select(l => l.Name));
    }

    [Fact]
    public void A_walk_through_first_read_after_the_layer_was_frozen_is_the_one_of_the_layer_as_it_was()
    {
        // BatchNormalization's walk-through depends on its trainable flag: frozen, it adds a note.
        var session = new KerasSession();
        var first = SummaryWithoutErrors(session.Read(
            "from keras.models import Sequential\nfrom keras.layers import BatchNormalization\n"
            + "norm = BatchNormalization(input_shape=(4,))\nmodel = Sequential([norm])\nmodel.summary()\n"));
        var frozen = SummaryWithoutErrors(session.Read("norm.trainable = False\nmodel.summary()\n"));

        Assert.Contains(frozen.Rows[0].WalkThrough.Notes, n => n.Contains("trainable=False"));
        Assert.DoesNotContain(first.Rows[0].WalkThrough.Notes, n => n.Contains("trainable=False"));
        // 4·C = 16 weights; the moving mean and variance (2·C = 8) never train.
        Assert.Equal(new ModelTotals(16, 8, 8), first.Totals);
        Assert.Equal(new ModelTotals(16, 0, 16), frozen.Totals);
    }

    [Fact]
    public void A_summary_returned_before_later_cells_shows_what_the_same_cell_shows_alone()
    {
        var session = new KerasSession();
        var first = SummaryWithoutErrors(session.Read(Build));
        session.Read("base.trainable = False\nbase.name = 'renamed'\nmodel.layers[1].trainable = False\nmodel.summary()\n");
        session.Read("model.trainable = False\nmodel.name = 'other'\nmodel.summary()\n");

        var alone = SummaryWithoutErrors(new KerasSession().Read(Build));
        Assert.Equal(alone.Name, first.Name);
        Assert.Equal(alone.Rows, first.Rows); // every public value, walk-throughs compared by value
        foreach (var format in Enum.GetValues<SummaryFormat>())
            // (HTML ids take a fresh prefix in every output.)
            Assert.Equal(Rendering.Html.HtmlTestSupport.WithoutIdPrefix(SummaryRenderer.Render(alone, format)),
                Rendering.Html.HtmlTestSupport.WithoutIdPrefix(SummaryRenderer.Render(first, format)));
    }

    [Fact]
    public void One_layer_object_is_one_layer_in_variables_model_layers_and_other_models()
    {
        // Freezing through model.layers freezes the layer the variable names, in every model that holds it.
        var session = new KerasSession();
        session.Read(Build);
        var other = SummaryWithoutErrors(session.Read("model.layers[0].trainable = False\nother = Sequential([base])\nother.summary()\n"));
        Assert.Equal(new ModelTotals(16, 0, 16), other.Totals);
        var model = SummaryWithoutErrors(session.Read("model.summary()\n"));
        Assert.Equal(new ModelTotals(26, 10, 16), model.Totals);
    }

    [Fact]
    public void A_change_to_a_wrapped_layer_reaches_the_wrappers_that_share_it()
    {
        // TimeDistributed keeps the layer it is given: freezing that layer freezes the wrapper's (2 + 1)·3 = 9.
        var session = new KerasSession();
        var before = SummaryWithoutErrors(session.Read(
            "from keras.models import Sequential\nfrom keras.layers import Dense, TimeDistributed\n"
            + "inner = Dense(3)\nmodel = Sequential([TimeDistributed(inner, input_shape=(5, 2))])\nmodel.summary()\n"));
        var after = SummaryWithoutErrors(session.Read("inner.trainable = False\nmodel.summary()\n"));
        Assert.Equal(new ModelTotals(9, 9, 0), before.Totals);
        Assert.Equal(new ModelTotals(9, 0, 9), after.Totals);
    }

    [Fact]
    public void Bidirectional_copies_its_forward_layer_so_a_later_change_to_it_does_not_reach_the_wrapper()
    {
        // Keras rebuilds Bidirectional's forward layer from the given layer's config when it is constructed.
        // LSTM(2) on 3 features: 4·(2·(3 + 2) + 2) = 48 per direction, 96 in all.
        var session = new KerasSession();
        session.Read("from keras.models import Sequential\nfrom keras.layers import LSTM, Bidirectional\n"
                     + "lstm = LSTM(2)\nmodel = Sequential([Bidirectional(lstm, input_shape=(5, 3))])\n");
        var after = SummaryWithoutErrors(session.Read("lstm.trainable = False\nmodel.summary()\n"));
        Assert.Equal(new ModelTotals(96, 96, 0), after.Totals);
    }
}
