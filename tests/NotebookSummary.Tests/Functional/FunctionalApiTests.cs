using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Functional;

/// <summary>
/// The functional API's semantics as Keras defines them: calls recorded on tensors, names from the order layers
/// were made, the table layout, shared layers, the last call's shape, nested models, freezing, snapshots.
/// </summary>
public class FunctionalApiTests
{
    [Fact]
    public void Names_follow_the_order_layers_were_made_as_python_evaluates_a_nested_call()
    {
        // Keras: Dense(3)(Dense(4)(x)) names the outer Dense "dense", since Python constructs it first; C# too.
        var x = new Input(2);
        var y = new Dense(3).Call(new Dense(4).Call(x));
        var summary = new Model(x, y).Summarize();
        Assert.Equal(["input_layer", "dense_1", "dense"], summary.Rows.Select(r => r.Name));
        Assert.Equal(new Shape(null, 3), summary.Rows[^1].OutputShape);
    }

    [Fact]
    public void Default_model_names_count_the_models_made_before_in_the_same_graph()
    {
        var i1 = new Input(4);
        var first = new Model(i1, new Dense(2).Call(i1));
        var i2 = new Input(4);
        var outer = new Model(i2, first.Call(i2));
        var summary = outer.Summarize();
        Assert.Equal("functional_1", summary.Name);
        Assert.Equal(["input_layer_1", "functional"], summary.Rows.Select(r => r.Name));
        Assert.Equal("functional", first.Summarize().Name); // alone, it is the first model of its own graph
    }

    [Fact]
    public void A_chain_is_sequential_like_and_a_branch_makes_it_a_graph()
    {
        var a = new Input(4);
        var chain = new Model(a, new Dense(2).Call(new Dense(3).Call(a))).Summarize();
        Assert.Equal(SummaryLayout.SequentialLike, chain.Layout);
        Assert.Equal("Functional", chain.ClassName);
        Assert.All(chain.Rows.Skip(1), r => Assert.Single(r.ConnectedTo));

        var b = new Input(4);
        var h = new Dense(3).Call(b);
        var branched = new Model(b, [new Dense(1).Call(h), new Dense(2).Call(h)]).Summarize();
        Assert.Equal(SummaryLayout.Graph, branched.Layout);

        var c = new Input(4);
        var shared = new Dense(4);
        var twice = new Model(c, shared.Call(shared.Call(c))).Summarize();
        Assert.Equal(SummaryLayout.Graph, twice.Layout); // a layer called twice is a graph even in a chain
        Assert.Equal(["input_layer[0][0]", "dense[0][0]"], twice.Rows[1].ConnectedTo);
    }

    [Fact]
    public void A_sequential_summary_keeps_its_layout_and_has_no_input_rows()
    {
        var summary = new Sequential { new Input(4), new Dense(2) }.Summarize();
        Assert.Equal(SummaryLayout.SequentialLike, summary.Layout);
        Assert.Equal("Sequential", summary.ClassName);
        Assert.Empty(summary.Inputs);
        Assert.Empty(summary.Rows[0].ConnectedTo);
    }

    [Fact]
    public void A_shared_layer_shows_the_shape_of_its_last_call_even_one_made_for_another_model()
    {
        // Keras's format_layer_shape reads the layer's last inbound node, wherever it was made.
        var conv = new Conv1D(4, 3);
        var shortSeq = new Input(20, 2);
        var model = new Model(shortSeq, conv.Call(shortSeq));
        Assert.Equal(new Shape(null, 18, 4), model.Summarize().Rows[1].OutputShape);

        var before = model.Summarize();
        var longSeq = new Input(50, 2);
        var other = new Model(longSeq, conv.Call(longSeq));
        var after = model.Summarize();
        Assert.Equal(new Shape(null, 48, 4), after.Rows[1].OutputShape);
        Assert.Equal(["input_layer[0][0]"], after.Rows[1].ConnectedTo); // only this model's call is listed
        Assert.Equal(new Shape(null, 18, 4), before.Rows[1].OutputShape); // a summary is a snapshot
        // Names are the model's own: alone, the other model's input is its first.
        Assert.Equal(["input_layer[0][0]"], other.Summarize().Rows[1].ConnectedTo);
    }

    [Fact]
    public void A_call_number_is_the_layers_count_of_calls_before_it_in_any_model()
    {
        var dense = new Dense(2);
        var a = new Input(3);
        _ = new Model(a, dense.Call(a));
        var b = new Input(3);
        var y = dense.Call(b);
        var summary = new Model(b, new Dense(1).Call(y)).Summarize();
        Assert.Equal(["dense[1][0]"], summary.Rows[^1].ConnectedTo);
        Assert.Equal(new ModelTensor("input_layer", 0, 0, new Shape(null, 3)), summary.Inputs[0]);
    }

    [Fact]
    public void A_nested_model_with_two_outputs_gives_both_and_its_row_lists_them()
    {
        var innerIn = new Input(6);
        var h = new Dense(4).Call(innerIn);
        var heads = new Model(innerIn, [new Dense(1).Call(h), new Dense(2).Call(h)], name: "heads");
        var x = new Input(6);
        var (score, probs) = heads.Call(x);
        var summary = new Model(x, new Concatenate().Call(score, probs)).Summarize();

        var row = summary.Rows.Single(r => r.Name == "heads");
        Assert.Equal([new Shape(null, 1), new Shape(null, 2)], row.OutputShapes);
        Assert.Equal((6 + 1) * 4 + (4 + 1) * 1 + (4 + 1) * 2, row.Params);
        Assert.Equal(["heads[0][0]", "heads[0][1]"], summary.Rows[^1].ConnectedTo);
        Assert.Equal(new Shape(null, 3), summary.Rows[^1].OutputShape);
        Assert.Equal("[(None, 1), (None, 2)]", NotebookSummary.Rendering.PlainText.KerasText.Keras3Shapes(row.OutputShapes));
    }

    [Fact]
    public void A_nested_model_row_walks_through_its_layers_parameters()
    {
        var innerIn = new Input(4);
        var inner = new Model(innerIn, new Dense(2).Call(new Dense(3).Call(innerIn)), name: "mlp");
        var x = new Input(4);
        var row = new Model(x, inner.Call(x)).Summarize().Rows[1];
        var p = row.WalkThrough.Parameters!;
        Assert.Equal("dense_1 + dense", p.Symbolic); // the inner rows' order; the outer Dense(2) was made first
        Assert.Equal("15 + 8", p.Substituted);
        Assert.Equal(23, p.Result);
    }

    [Fact]
    public void A_frozen_model_moves_its_weights_to_non_trainable_here_and_where_it_is_nested()
    {
        var innerIn = new Input(4);
        var frozen = new Model(innerIn, new Dense(2).Call(innerIn), name: "base") { Trainable = false };
        var own = frozen.Summarize();
        Assert.Equal((10, 0, 10), (own.Totals.Params, own.Totals.TrainableParams, own.Totals.NonTrainableParams));
        Assert.False(own.Rows[1].Trainable);

        var x = new Input(4);
        var outer = new Model(x, new Dense(1).Call(frozen.Call(x))).Summarize();
        var row = outer.Rows[1];
        Assert.Equal((10, 0, 10, false), (row.Params, row.TrainableParams, row.NonTrainableParams, row.Trainable));
        Assert.Equal((13, 3, 10), (outer.Totals.Params, outer.Totals.TrainableParams, outer.Totals.NonTrainableParams));
    }

    [Fact]
    public void A_model_or_sequential_added_to_a_sequential_is_one_row()
    {
        var innerIn = new Input(4);
        var encoder = new Model(innerIn, new Dense(2).Call(innerIn), name: "encoder");
        var head = new Sequential("head") { new Dense(1) };
        var summary = new Sequential { new Input(4), encoder, head }.Summarize();
        Assert.True(summary.IsValid, summary.Error?.ToString());
        Assert.Equal([("encoder", "Functional", 10L), ("head", "Sequential", 3L)], summary.Rows.Select(r => (r.Name, r.ClassName, r.Params)));
        Assert.Equal(new Shape(null, 1), summary.OutputShape);
    }

    [Fact]
    public void A_sequential_without_an_input_is_built_on_the_tensor_it_is_called_on()
    {
        var augment = new Sequential("augment") { new Dropout(0.1), new Dense(3) };
        var x = new Input(5);
        var summary = new Model(x, augment.Call(x)).Summarize();
        var row = summary.Rows[1];
        Assert.Equal(("augment", "Sequential", 18L), (row.Name, row.ClassName, row.Params));
        Assert.Equal(new Shape(null, 3), row.OutputShape);
    }

    [Fact]
    public void A_sequential_called_twice_without_changing_is_one_shared_row()
    {
        var tower = new Sequential { new Dense(3) };
        var a = new Input(2);
        var b = new Input(2);
        var summary = new Model([a, b], new Add().Call(tower.Call(a), tower.Call(b))).Summarize();
        var row = summary.Rows.Single(r => r.ClassName == "Sequential");
        Assert.Equal(["input_layer[0][0]", "input_layer_1[0][0]"], row.ConnectedTo);
        Assert.Equal(9, summary.Totals.Params);
    }

    [Fact]
    public void A_later_call_leaves_an_earlier_summary_as_it_was()
    {
        var a = new Input(3);
        var dense = new Dense(2);
        var model = new Model(a, dense.Call(a));
        var summary = model.Summarize();
        var rows = summary.Rows.ToArray();
        _ = dense.Call(new Input(3));
        Assert.Equal(rows, summary.Rows);
        Assert.Equal(rows, model.Summarize().Rows); // same shapes: the later call changes nothing visible
    }

    [Fact]
    public void Rows_and_walk_throughs_are_values_for_graphs_too()
    {
        var a = new Input(3);
        var b = new Input(3);
        var model = new Model([a, b], new Concatenate().Call(a, b));
        var first = model.Summarize();
        var second = model.Summarize();
        Assert.Equal(first.Rows, second.Rows);
        Assert.Equal(first.Rows[^1].WalkThrough, second.Rows[^1].WalkThrough);
        Assert.Equal("d_1 + d_2 = 3 + 3 = 6", first.Rows[^1].WalkThrough.Shape[0].ToString().Split(" = ", 2)[1]);
    }

    [Fact]
    public void Tensor_shapes_can_be_read_while_the_model_is_written()
    {
        var x = new Input(32, 32, 3);
        var y = new Conv2D(8, 3).Call(x);
        Assert.Equal(new Shape(null, 30, 30, 8), y.Shape);
        Assert.Equal(new Shape(null, 32, 32, 3), ((KerasTensor)x).Shape);
    }

    [Fact]
    public void A_deep_chain_is_walked_without_deep_recursion()
    {
        var x = new Input(4);
        KerasTensor y = x;
        for (int i = 0; i < 20_000; i++) y = new Dropout(0.1).Call(y);
        var summary = new Model(x, y).Summarize();
        Assert.True(summary.IsValid);
        Assert.Equal(20_001, summary.Rows.Count);
        Assert.Equal("dropout_19999", summary.Rows[^1].Name);
    }

    [Fact]
    public void A_sequential_that_starts_with_a_model_is_built_from_the_models_input()
    {
        // Keras builds such a Sequential from its first layer's input_shape: the transfer-learning pattern.
        var baseIn = new Input(32, 32, 3);
        var baseModel = new Model(baseIn, new Conv2D(8, 3).Call(baseIn), name: "base") { Trainable = false };
        var summary = new Sequential { baseModel, new GlobalAveragePooling2D(), new Dense(2) }.Summarize();
        Assert.True(summary.IsValid, summary.Error?.ToString());
        Assert.Equal(new Shape(null, 32, 32, 3), summary.InputShape);
        Assert.Equal(new Shape(null, 30, 30, 8), summary.Rows[0].OutputShape);
        Assert.Equal((224L, 18L, 224L), (summary.Totals.NonTrainableParams, summary.Totals.TrainableParams, summary.Rows[0].NonTrainableParams));
    }
}
