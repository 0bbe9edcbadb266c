using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Layers.Core;

/// <summary>
/// Lambda: Keras's compute_output_shape with a tuple output_shape is (batch,) + output_shape; no weights. Without
/// output_shape Keras runs the function, which a summary cannot: a model error with a hint, at the layer's line.
/// </summary>
public class LambdaTests
{
    [Fact]
    public void The_shape_is_the_batch_axis_then_output_shape()
    {
        var row = LayerAssert.Row(new Lambda("x => x[:, :8]", outputShape: new[] { 8 }), 16);
        Assert.Equal("(None, 8)", row.OutputShape.ToString());
        Assert.Equal("lambda", row.Name);
        Assert.Equal(LayerKind.Other, row.Kind);
        LayerAssert.Params(row, 0, 0, 0);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
        Assert.Contains("function: x => x[:, :8]", row.WalkThrough.Notes);
        Assert.Contains(row.WalkThrough.Notes, n => n.StartsWith("output shape = (batch,) + output_shape = (None,) + (8,)", StringComparison.Ordinal));
        // None dims are allowed, and the rank may change.
        Assert.Equal("(None, None, 4, 1)", LayerAssert.Row(new Lambda(null, new int?[] { null, 4, 1 }), 7, 4).OutputShape.ToString());
    }

    [Fact]
    public void Without_output_shape_the_layer_is_an_error_that_says_what_to_write()
    {
        var error = LayerAssert.Error(new Lambda(null), 28, 28, 1);
        Assert.Equal("Lambda has no output_shape, and its shape cannot be inferred here: Keras 3 finds it by running the function, and this summary does not run Python code", error.Message);
        Assert.Equal("give it as output_shape=(...) without the batch axis, e.g. output_shape=(28, 28, 1) if the function keeps the shape of its input (None, 28, 28, 1)", error.Hint);
    }

    [Fact]
    public void An_integer_output_shape_is_not_a_tuple()
    {
        // Keras adds the batch as (batch,) + output_shape, which fails for an int.
        var error = LayerAssert.Error(new Lambda(null, 8), 4);
        Assert.Equal("Lambda argument 'output_shape' must be a tuple of dims without the batch axis, but it is 8", error.Message);
        Assert.Equal("write output_shape=(8,) — the comma makes it a tuple", error.Hint);
    }

    [Fact]
    public void Keras_source_with_and_without_output_shape()
    {
        var result = KerasSource.Parse("""
            import keras
            from keras import layers

            model = keras.Sequential([
                keras.Input(shape=(28, 28)),
                layers.Lambda(lambda x: keras.ops.expand_dims(x, -1), output_shape=(28, 28, 1)),
                layers.Conv2D(4, 3),
                layers.Lambda(lambda x: x * 2.0),
                layers.Flatten(),
            ])
            """);
        var summary = result.Summarize();
        // The rows before the Lambda without output_shape are kept: (28, 28, 1), then Conv2D (3·3·1 + 1)·4 = 40.
        Assert.Equal(["(None, 28, 28, 1)", "(None, 26, 26, 4)"], summary.Summary!.Rows.Select(r => r.OutputShape.ToString()));
        Assert.Equal(40, summary.Summary.Rows[1].Params);
        var error = summary.ModelError!;
        Assert.Equal(8, error.Line);
        Assert.StartsWith("Lambda has no output_shape", error.Message);
        Assert.Contains("output_shape=(26, 26, 4)", error.Hint);
    }
}
