using NotebookSummary.Analysis;
using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Functional;

/// <summary>
/// Invalid graphs are model errors in the user's terms, naming the layer (and the tensors), with the rows that could
/// be computed kept — never exceptions from Summarize.
/// </summary>
public class GraphErrorTests
{
    [Fact]
    public void A_merge_of_two_shapes_names_both_tensors_and_keeps_the_rows_before()
    {
        var a = new Input(16);
        var b = new Input(32);
        var x = new Dense(8).Call(a);
        var y = new Dense(16).Call(b);
        var summary = new Model([a, b], new Dense(1).Call(new Add().Call(x, y))).Summarize();

        Assert.False(summary.IsValid);
        var e = summary.Error!;
        Assert.Equal("Add needs inputs of the same shape: dense (None, 8) and dense_1 (None, 16)", e.Message);
        Assert.Equal(("add", "Add", 4), (e.LayerName, e.ClassName, e.LayerIndex));
        Assert.Equal(["input_layer", "input_layer_1", "dense", "dense_1"], summary.Rows.Select(r => r.Name));
        Assert.Equal(8 * 16 + 8 + 32 * 16 + 16, summary.Totals.Params);
        // Every renderer prints the rows, then the error.
        Assert.Contains("Add needs inputs of the same shape", KerasTableRenderer.Render(summary));
    }

    [Fact]
    public void A_layer_after_the_failing_one_is_not_a_row_and_the_error_is_the_first_call_that_failed()
    {
        var inputs = new Input(8, 8, 3);
        var x = new Conv2D(4, 9).Call(inputs); // a 9×9 kernel on an 8×8 input
        var y = new Dense(5).Call(x);
        var summary = new Model(inputs, y).Summarize();
        Assert.Equal("conv2d", summary.Error!.LayerName);
        Assert.Equal(["input_layer"], summary.Rows.Select(r => r.Name));
    }

    [Fact]
    public void A_call_on_an_input_the_model_does_not_list_is_keras_graph_disconnected()
    {
        var a = new Input(4);
        var b = new Input(4);
        var summary = new Model(a, new Concatenate().Call(a, b)).Summarize();
        var e = summary.Error!;
        Assert.Equal("concatenate is called on input_layer_1, an Input that is not one of the model's inputs", e.Message);
        Assert.Contains("add input_layer_1 to the model's inputs", e.Hint);
    }

    [Fact]
    public void A_model_input_that_is_not_an_input_is_refused()
    {
        var a = new Input(4);
        var x = new Dense(3).Call(a);
        var summary = new Model(x, new Dense(2).Call(x)).Summarize();
        Assert.Equal("the model's input 0 is an output of Dense, not an Input", summary.Error!.Message);
        Assert.Empty(summary.Rows);
    }

    [Fact]
    public void A_shared_layer_called_on_two_sizes_needs_two_sets_of_weights_which_keras_refuses()
    {
        var a = new Input(8);
        var b = new Input(16);
        var shared = new Dense(4);
        var summary = new Model([a, b], new Concatenate().Call(shared.Call(a), shared.Call(b))).Summarize();
        var e = summary.Error!;
        Assert.Equal("dense", e.LayerName);
        Assert.Equal("dense is shared, and its weights were made for its first call on input_layer (None, 8): "
            + "its call 1 on input_layer_1 (None, 16) would need other weights", e.Message);
    }

    [Fact]
    public void Two_layers_with_one_explicit_name_are_refused_at_the_second()
    {
        var a = new Input(4);
        var x = new Dense(3, name: "hidden").Call(a);
        var y = new Dense(2, name: "hidden").Call(x);
        var summary = new Model(a, y).Summarize();
        Assert.Equal("the name 'hidden' is already used by layer 1", summary.Error!.Message);
        Assert.Equal(2, summary.Error.LayerIndex);
    }

    [Fact]
    public void An_error_inside_a_nested_model_says_where_inside()
    {
        var innerIn = new Input(8);
        var inner = new Model(innerIn, new Dense(3).Call(new Reshape((3, 3)).Call(innerIn)), name: "block");
        var outerIn = new Input(8);
        var summary = new Model(outerIn, inner.Call(outerIn)).Summarize();
        var e = summary.Error!;
        Assert.Equal(("block", "Functional"), (e.LayerName, e.ClassName));
        Assert.StartsWith("inside the model 'block', layer 'reshape' (Reshape): ", e.Message);
    }

    [Fact]
    public void A_nested_model_called_on_a_tensor_of_another_shape_is_refused()
    {
        var innerIn = new Input(28, 28, 1);
        var inner = new Model(innerIn, new Flatten().Call(innerIn), name: "encoder");
        var outerIn = new Input(32, 32, 1);
        var summary = new Model(outerIn, inner.Call(outerIn)).Summarize();
        Assert.Equal("the model 'encoder' was built for inputs of shape (None, 28, 28, 1), but it is called on "
            + "input_layer_1 (None, 32, 32, 1)", summary.Error!.Message);
    }

    [Fact]
    public void A_nested_model_called_on_the_wrong_number_of_tensors_is_refused()
    {
        var p = new Input(4);
        var q = new Input(4);
        var inner = new Model([p, q], new Add().Call(p, q), name: "pair");
        var outerIn = new Input(4);
        var summary = new Model(outerIn, inner.Call(outerIn)).Summarize();
        Assert.Equal("the model 'pair' takes 2 inputs, but it is called on one tensor", summary.Error!.Message);
    }

    [Fact]
    public void An_input_called_on_a_tensor_is_refused()
    {
        var a = new Input(4);
        var summary = new Model(a, new Input(4).Call(a)).Summarize();
        Assert.Equal("an Input is the start of a model and cannot be called on a tensor", summary.Error!.Message);
    }

    [Fact]
    public void An_output_index_the_layer_does_not_have_is_refused()
    {
        var a = new Input(4);
        var (_, second) = new Dense(3).Call(a);
        var summary = new Model(a, new Dense(2).Call(second)).Summarize();
        Assert.Equal("Dense is called on output 1 of dense[0][1], which has one output", summary.Error!.Message);
    }

    [Fact]
    public void Reading_the_shape_of_a_tensor_whose_graph_fails_says_why()
    {
        var a = new Input(8) { Name = "a" };
        var b = new Input(16) { Name = "b" };
        var sum = new Add().Call(a, b);
        var e = Assert.Throws<InvalidOperationException>(() => sum.Shape);
        Assert.Contains("Add needs inputs of the same shape: a (None, 8) and b (None, 16)", e.Message);
    }
}
