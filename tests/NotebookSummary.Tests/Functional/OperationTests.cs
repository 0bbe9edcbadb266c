using System.Text.Json;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering.Json;
using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Functional;

/// <summary>
/// keras.ops on tensors built with the C# API (<see cref="Ops"/> and the tensor operators): each call is a row with
/// Keras's class and default name, no weights, "Connected to" without the numbers, and Keras's shape rule for the
/// operation (keras/src/ops: broadcast_shapes, reduce_shape, concatenate, reshape, matmul, ...).
/// </summary>
public class OperationTests
{
    private static ModelSummary Summary(KerasTensor input, KerasTensor output) => new Model(input, output).Summarize();

    private static SummaryRow Row(ModelSummary summary, string name) => Assert.Single(summary.Rows, r => r.Name == name);

    private static Shape Out(KerasTensor input, KerasTensor output)
    {
        var summary = Summary(input, output);
        Assert.True(summary.IsValid, summary.Error?.Message);
        return summary.Rows[^1].OutputShape;
    }

    [Fact]
    public void Operators_make_the_operation_rows_keras_makes_for_them()
    {
        KerasTensor x = new Input(8);
        var y = new Dense(8).Call(x);
        var z = -(0.5 * (x + y) * 2.0 / y - 1.0);
        var summary = Summary(x, z);

        Assert.True(summary.IsValid, summary.Error?.Message);
        Assert.Equal(["input_layer", "dense", "add", "multiply", "multiply_1", "true_divide", "subtract", "negative"],
            summary.Rows.Select(r => r.Name));
        Assert.Equal(["InputLayer", "Dense", "Add", "Multiply", "Multiply", "TrueDivide", "Subtract", "Negative"],
            summary.Rows.Select(r => r.ClassName));
        // Numbers are part of the operation: only tensors are connected.
        Assert.Equal(["add[0][0]"], Row(summary, "multiply").ConnectedTo);
        Assert.Equal(["multiply_1[0][0]", "dense[0][0]"], Row(summary, "true_divide").ConnectedTo);
        Assert.Equal(["input_layer[0][0]", "dense[0][0]"], Row(summary, "add").ConnectedTo);
        foreach (var row in summary.Rows.Skip(2))
        {
            Assert.True(row.IsOperation);
            Assert.True(row.HasNoWeights);
            Assert.Equal(0, row.Params);
            Assert.Equal(new Shape(null, 8), row.OutputShape);
        }
        Assert.False(Row(summary, "dense").IsOperation);
        Assert.Equal(8 * 8 + 8, summary.Totals.Params);
    }

    [Fact]
    public void Operations_and_layers_take_their_default_names_from_the_same_counters_in_creation_order()
    {
        KerasTensor a = new Input(4);
        var b = new Dense(4).Call(a);
        var op = Ops.Add(a, b);                // made first: add
        var layer = new Add();                 // constructed second: add_1
        var summary = Summary(a, layer.Call(op, b));
        Assert.Equal(["add", "add_1"], summary.Rows.Skip(2).Select(r => r.Name));
        Assert.Equal(["Add", "Add"], summary.Rows.Skip(2).Select(r => r.ClassName));
        Assert.Equal([true, false], summary.Rows.Skip(2).Select(r => r.IsOperation));
    }

    [Fact]
    public void Element_wise_operations_broadcast_from_the_last_axis_and_none_takes_the_known_size()
    {
        KerasTensor seq = new Input(4, 8);
        Assert.Equal(new Shape(null, 4, 8), Out(seq, seq * Ops.ExpandDims(new Dense(8).Call(new Flatten().Call(seq)), 1)));

        KerasTensor col = new Input(5, 1);
        KerasTensor row = new Input(1, 8);
        var both = new Model([col, row], col * row).Summarize();
        Assert.Equal(new Shape(null, 5, 8), both.Rows[^1].OutputShape);

        // Keras's broadcast_shapes: None beside a known size gives the known size (merge layers give None).
        KerasTensor open = new Input(null, 8);
        KerasTensor fixedLength = new Input(6, 8);
        Assert.Equal(new Shape(null, 6, 8), new Model([open, fixedLength], open + fixedLength).Summarize().Rows[^1].OutputShape);
    }

    [Fact]
    public void Shapes_that_do_not_broadcast_are_a_model_error_naming_both_tensors()
    {
        KerasTensor a = new Input(16);
        var x = new Dense(8).Call(a);
        var y = new Dense(16).Call(a);
        var summary = Summary(a, new Dense(1).Call(Ops.Maximum(x, y)));
        Assert.False(summary.IsValid);
        Assert.Equal(("maximum", "Maximum"), (summary.Error!.LayerName, summary.Error.ClassName));
        Assert.Equal("Maximum cannot broadcast dense (None, 8) and dense_1 (None, 16): axis -1 is 8 in one and 16 in the other",
            summary.Error.Message);
        Assert.Equal(["input_layer", "dense", "dense_1"], summary.Rows.Select(r => r.Name));
    }

    [Fact]
    public void Reductions_remove_the_axes_or_keep_them_with_size_one()
    {
        KerasTensor x = new Input(5, 8);
        Assert.Equal(new Shape(null, 8), Out(x, Ops.Mean(x, axis: 1)));
        Assert.Equal(new Shape(null, 1, 8), Out(x, Ops.Sum(x, axis: 1, keepdims: true)));
        Assert.Equal(new Shape(new long?[] { null }), Out(x, Ops.Max(x, axis: [1, 2])));
        Assert.Equal(new Shape(null, 1, 1), Out(x, Ops.Min(x, axis: [-1, -2], keepdims: true)));
        // Without an axis every axis goes, the batch too: one number.
        Assert.Equal(new Shape(), Out(x, Ops.Mean(x)));
        Assert.Equal(new Shape(1, 1, 1), Out(x, Ops.Mean(x, keepdims: true)));

        var bad = Summary(x, Ops.Mean(x, axis: 3));
        Assert.Contains("Mean axis=3 does not exist", bad.Error!.Message);
    }

    [Fact]
    public void Concatenate_defaults_to_the_batch_axis_and_stack_adds_an_axis()
    {
        KerasTensor a = new Input(4);
        var b = new Dense(4).Call(a);
        Assert.Equal(new Shape(null, 4), Out(a, Ops.Concatenate([a, b])));
        Assert.Equal(new Shape(null, 8), Out(a, Ops.Concatenate([a, b], axis: -1)));
        Assert.Equal(new Shape(null, 2, 4), Out(a, Ops.Stack([a, b], axis: 1)));
        Assert.Equal(new Shape(3, null, 4), Out(a, Ops.Stack([a, b, a])));

        var c = new Dense(6).Call(a);
        var error = Summary(a, Ops.Concatenate([a, c])).Error!;
        Assert.Equal("Concatenate on axis 0 needs equal sizes on the other axes: input_layer (None, 4) and dense (None, 6)", error.Message);
        Assert.Contains("Stack needs tensors of one shape", Summary(a, Ops.Stack([a, c])).Error!.Message);
    }

    [Fact]
    public void Reshape_counts_the_batch_axis_and_infers_minus_one_only_when_every_size_is_known()
    {
        KerasTensor x = new Input(8);
        Assert.Equal(new Shape(null, 4, 2), Out(x, Ops.Reshape(x, -1, 4, 2)));
        var batched = new Input(8) { BatchSize = 2 };
        KerasTensor t = batched;
        Assert.Equal(new Shape(4, 4), Out(t, Ops.Reshape(t, -1, 4)));
        Assert.Contains("cannot give input_layer (2, 8) (16 values) the shape (3, 5)", Summary(t, Ops.Reshape(t, 3, 5)).Error!.Message);
    }

    [Fact]
    public void Expand_dims_squeeze_transpose_and_matmul_follow_keras()
    {
        KerasTensor x = new Input(4, 8);
        Assert.Equal(new Shape(null, 4, 8, 1), Out(x, Ops.ExpandDims(x, -1)));
        Assert.Equal(new Shape(null, 1, 4, 8), Out(x, Ops.ExpandDims(x, 1)));
        Assert.Equal(new Shape(null, 8, 4), Out(x, Ops.Transpose(x, 0, 2, 1)));
        Assert.Equal(new Shape(8, 4, null), Out(x, Ops.Transpose(x)));
        Assert.Equal(new Shape(null, 4, 8), Out(x, Ops.Squeeze(Ops.ExpandDims(x, 2), 2)));
        Assert.Contains("Squeeze cannot remove axis 1", Summary(x, Ops.Squeeze(x, 1)).Error!.Message);
        Assert.Contains("Transpose axes=(0, 1) must name each of the 3 axes", Summary(x, Ops.Transpose(x, 0, 1)).Error!.Message);

        var w = new Dense(3).Call(Ops.Transpose(x, 0, 2, 1));    // (None, 8, 3)
        Assert.Equal(new Shape(null, 4, 3), Out(x, Ops.Matmul(x, w)));
        var error = Summary(x, Ops.Matmul(x, x)).Error!;
        Assert.Equal("Matmul needs the last axis of input_layer (None, 4, 8) to equal the second-to-last of input_layer (None, 4, 8), but they are 8 and 4",
            error.Message);
    }

    [Fact]
    public void Activations_keep_the_shape_and_softmax_needs_its_axis()
    {
        KerasTensor x = new Input(4, 8);
        var y = Ops.HardSilu(Ops.Gelu(Ops.Silu(Ops.Sigmoid(Ops.Relu6(Ops.Softmax(x, axis: 1))))));
        var summary = Summary(x, y);
        Assert.Equal(["Softmax", "Relu6", "Sigmoid", "Silu", "Gelu", "HardSilu"], summary.Rows.Skip(1).Select(r => r.ClassName));
        Assert.Equal(["softmax", "relu6", "sigmoid", "silu", "gelu", "hard_silu"], summary.Rows.Skip(1).Select(r => r.Name));
        Assert.All(summary.Rows.Skip(1), r => Assert.Equal(new Shape(null, 4, 8), r.OutputShape));
        Assert.Contains("Softmax axis=3 does not exist", Summary(x, Ops.Softmax(x, axis: 3)).Error!.Message);
    }

    [Fact]
    public void An_operation_row_explains_why_it_has_no_weights_and_the_shape_it_gives()
    {
        KerasTensor x = new Input(8);
        var walk = Summary(x, x * 0.5).Rows[^1].WalkThrough;
        Assert.Null(walk.Parameters);
        Assert.Contains("operation (keras.ops)", walk.NoParametersReason);
        Assert.Contains("the number 0.5", Assert.Single(walk.Notes));
    }

    [Fact]
    public void Json_rows_say_which_are_operations()
    {
        KerasTensor x = new Input(8);
        var json = JsonDocument.Parse(JsonRenderer.Render(Summary(x, Ops.Relu(new Dense(2).Call(x)))));
        var rows = json.RootElement.GetProperty("layers").EnumerateArray().ToList();
        Assert.Equal([false, false, true], rows.Select(r => r.GetProperty("operation").GetBoolean()));
    }

    [Fact]
    public void An_embedding_with_mask_zero_adds_a_not_equal_row_that_mask_consumers_list()
    {
        // Keras: Embedding.compute_mask is ops.not_equal(inputs, 0); Dense passes the mask on; LSTM.call takes it.
        KerasTensor tokens = new Input((int?)null);
        var embedded = new Embedding(100, 8, maskZero: true).Call(tokens);
        var projected = new Dense(8).Call(embedded);
        var sequence = new LSTM(4, returnSequences: true).Call(projected);
        var output = new TimeDistributed(new Dense(2)).Call(sequence);
        var summary = Summary(tokens, output);

        Assert.True(summary.IsValid, summary.Error?.Message);
        Assert.Equal(SummaryLayout.Graph, summary.Layout);
        Assert.Equal(["input_layer", "embedding", "dense", "not_equal", "lstm", "time_distributed"], summary.Rows.Select(r => r.Name));
        var notEqual = Row(summary, "not_equal");
        Assert.Equal(("NotEqual", true), (notEqual.ClassName, notEqual.IsOperation));
        Assert.Equal(["input_layer[0][0]"], notEqual.ConnectedTo);
        Assert.Equal(new Shape(null, null), notEqual.OutputShape);
        Assert.Equal(["embedding[0][0]"], Row(summary, "dense").ConnectedTo);
        Assert.Equal(["dense[0][0]", "not_equal[0][0]"], Row(summary, "lstm").ConnectedTo);
        Assert.Equal(["lstm[0][0]", "not_equal[0][0]"], Row(summary, "time_distributed").ConnectedTo);
    }

    [Fact]
    public void A_mask_ends_at_a_layer_that_does_not_pass_it_on()
    {
        KerasTensor tokens = new Input(10);
        var embedded = new Embedding(100, 8, maskZero: true).Call(tokens);
        var flat = new Conv1D(4, 3).Call(embedded);      // Conv1D does not support masking
        var summary = Summary(tokens, new LSTM(2).Call(flat));
        Assert.Equal(["conv1d[0][0]"], Row(summary, "lstm").ConnectedTo);
        Assert.DoesNotContain(summary.Rows, r => r.Name == "not_equal");
        Assert.Equal(SummaryLayout.SequentialLike, summary.Layout);

        // Without mask_zero there is no mask at all.
        var plain = new LSTM(2).Call(new Embedding(100, 8).Call(tokens));
        Assert.Single(Summary(tokens, plain).Rows[^1].ConnectedTo);
    }

    [Fact]
    public void Arithmetic_works_on_an_input_as_on_any_tensor()
    {
        var a = new Input(3);
        var b = new Input(3);
        var y = -(a * b) + (2.0 * a - b / 4.0) + new Dense(3).Call(a);
        var summary = new Model([a, b], y).Summarize();
        Assert.True(summary.IsValid, summary.Error?.Message);
        Assert.Equal(["Add", "Add", "Multiply", "Multiply", "Negative", "Subtract", "TrueDivide"],
            summary.Rows.Where(r => r.IsOperation).Select(r => r.ClassName).Order(StringComparer.Ordinal));
        Assert.Equal(["input_layer[0][0]", "input_layer_1[0][0]"], summary.Rows.Single(r => r.Name == "multiply").ConnectedTo);
    }

    [Fact]
    public void An_element_wise_merge_of_masked_tensors_passes_on_their_logical_or()
    {
        // Keras's Merge.compute_mask: None unless every input has a mask, else ops.logical_or of the masks.
        KerasTensor tokens = new Input((int?)null);
        var embedded = new Embedding(100, 8, maskZero: true).Call(tokens);
        var residual = new Add().Call(embedded, new Dense(8).Call(embedded));
        var summary = Summary(tokens, new LSTM(4).Call(residual));
        Assert.Equal(["not_equal[0][0]", "not_equal[0][0]"], Row(summary, "logical_or").ConnectedTo);
        Assert.Equal("LogicalOr", Row(summary, "logical_or").ClassName);
        Assert.Equal(["add[0][0]", "logical_or[0][0]"], Row(summary, "lstm").ConnectedTo);

        // One input without a mask: the merge's output has none.
        KerasTensor positions = new Input(null, 8);
        var mixed = new Add().Call(new Embedding(100, 8, maskZero: true).Call(tokens), positions);
        var unmasked = new Model([tokens, positions], new LSTM(4).Call(mixed)).Summarize();
        Assert.Equal(["add[0][0]"], Row(unmasked, "lstm").ConnectedTo);
        Assert.DoesNotContain(unmasked.Rows, r => r.ClassName is "NotEqual" or "LogicalOr");
    }
}
