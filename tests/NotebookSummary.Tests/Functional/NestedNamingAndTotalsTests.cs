using NotebookSummary.Analysis;
using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Functional;

/// <summary>
/// Keras's names and totals where models nest, in C# and from source. Keras names a layer when Python constructs
/// it, from one counter per prefix for the session (so a layer made after a base model's <c>Dense</c> is
/// <c>dense_1</c>, wherever it ends up), and its totals count every weight once (<c>model.weights</c> holds each
/// variable once, however many rows show it).
/// </summary>
public class NestedNamingAndTotalsTests
{
    private static ModelSummary Read(string source)
    {
        var read = KerasSource.Parse(source);
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        var summarized = read.Summarize();
        Assert.False(summarized.HasErrors, string.Join("\n", summarized.Diagnostics));
        return summarized.Summary!;
    }

    // Keras: Input → input_layer, Dense(4) → dense, Model → functional, then Dense(1) → dense_1 (made after the
    // base's dense), Sequential → sequential. Parameters: 8·4 + 4 = 36 and 4·1 + 1 = 5.
    private static void AssertBaseThenDense(ModelSummary summary)
    {
        Assert.True(summary.IsValid, summary.Error?.ToString());
        Assert.Equal(["functional", "dense_1"], summary.Rows.Select(r => r.Name));
        var nested = summary.Rows[0].Nested!;
        Assert.Equal("functional", nested.Name);
        Assert.Equal(["input_layer", "dense"], nested.Rows.Select(r => r.Name));
        Assert.Equal([36L, 5L], summary.Rows.Select(r => r.Params));
        Assert.Equal(41, summary.Totals.Params);
    }

    [Fact]
    public void A_dense_after_a_base_model_holding_one_is_dense_1_in_CSharp()
    {
        var inputs = new Input(8);
        var baseModel = new Model(inputs, new Dense(4).Call(inputs));
        AssertBaseThenDense(new Sequential { baseModel, new Dense(1) }.Summarize());
    }

    [Fact]
    public void A_dense_after_a_base_model_holding_one_is_dense_1_from_source() => AssertBaseThenDense(Read("""
        import keras
        from keras import layers
        inputs = keras.Input(shape=(8,))
        base = keras.Model(inputs, layers.Dense(4)(inputs))
        model = keras.Sequential([base, layers.Dense(1)])
        model.summary()
        """));

    [Fact]
    public void A_nested_sequential_names_its_rows_in_the_session_and_connects_them_to_its_input_layer()
    {
        // Keras: the Sequential (no Input of its own) is built when first called, making input_layer_1 after the
        // outer input_layer; its first layer is connected to that InputLayer, the next to the layer before it.
        var summary = Read("""
            import keras
            from keras import layers
            block = keras.Sequential([layers.Dense(4), layers.Dense(2)])
            inputs = keras.Input(shape=(3,))
            outputs = layers.Dense(1)(block(inputs))
            model = keras.Model(inputs, outputs)
            """);
        Assert.Equal(["input_layer", "sequential", "dense_2"], summary.Rows.Select(r => r.Name));
        var nested = summary.Rows[1].Nested!;
        Assert.Equal("sequential", nested.Name);
        Assert.Equal(["dense", "dense_1"], nested.Rows.Select(r => r.Name));
        Assert.Equal(["input_layer_1[0][0]"], nested.Rows[0].ConnectedTo);
        Assert.Equal(["dense[0][0]"], nested.Rows[1].ConnectedTo);
    }

    // Keras: the shared Dense(4) on 4 inputs has 4·4 + 4 = 20 weights, shown on its own row and inside the
    // nested model's row; the model's weights hold them once, so the totals are 20, not 40.
    private static void AssertSharedCountedOnce(ModelSummary summary)
    {
        Assert.True(summary.IsValid, summary.Error?.ToString());
        Assert.Equal(["input_layer_1", "dense", "functional"], summary.Rows.Select(r => r.Name));
        Assert.Equal([0L, 20L, 20L], summary.Rows.Select(r => r.Params));
        Assert.Equal(new ModelTotals(20, 20, 0), summary.Totals);
    }

    [Fact]
    public void A_layer_used_directly_and_inside_a_nested_model_is_counted_once_in_CSharp()
    {
        var shared = new Dense(4);
        var innerInput = new Input(4);
        var inner = new Model(innerInput, shared.Call(innerInput));
        var x = new Input(4);
        AssertSharedCountedOnce(new Model(x, inner.Call(shared.Call(x))).Summarize());
    }

    [Fact]
    public void A_layer_used_directly_and_inside_a_nested_model_is_counted_once_from_source() => AssertSharedCountedOnce(Read("""
        import keras
        from keras import layers
        shared = layers.Dense(4)
        inner_input = keras.Input(shape=(4,))
        inner = keras.Model(inner_input, shared(inner_input))
        x = keras.Input(shape=(4,))
        model = keras.Model(x, inner(shared(x)))
        """));

    [Fact]
    public void A_model_nested_twice_in_a_sequential_is_counted_once()
    {
        // Keras: Sequential([base, base]) holds base's weights once: 4·4 + 4 = 20.
        var inputs = new Input(4);
        var baseModel = new Model(inputs, new Dense(4).Call(inputs), name: "block");
        var x = new Input(4);
        var summary = new Model(x, baseModel.Call(baseModel.Call(x))).Summarize();
        Assert.Equal(["input_layer_1", "block"], summary.Rows.Select(r => r.Name));
        Assert.Equal(20, summary.Totals.Params);
    }

    [Fact]
    public void Two_nested_models_with_layers_of_the_same_explicit_name_count_both()
    {
        // Keras allows the same name in two different models; their weights are different variables: 20 + 20.
        Model Tower(string name)
        {
            var input = new Input(4);
            return new Model(input, new Dense(4, name: "fc").Call(input), name: name);
        }
        var left = Tower("left");
        var right = Tower("right");
        var x = new Input(4);
        var summary = new Model(x, new Add().Call(left.Call(x), right.Call(x))).Summarize();
        Assert.True(summary.IsValid, summary.Error?.ToString());
        Assert.Equal(new ModelTotals(40, 40, 0), summary.Totals);
    }

    [Fact]
    public void A_frozen_outer_model_freezes_the_rows_of_the_models_nested_in_it()
    {
        // Keras's trainable setter sets every sublayer's flag: the base's own dense row is frozen too (36 weights).
        var inputs = new Input(8);
        var baseModel = new Model(inputs, new Dense(4).Call(inputs));
        var model = new Sequential { baseModel, new Dense(1) };
        model.Trainable = false;
        var summary = model.Summarize();
        var innerDense = summary.Rows[0].Nested!.Rows.Single(r => r.ClassName == "Dense");
        Assert.Equal((0L, 36L), (innerDense.TrainableParams, innerDense.NonTrainableParams));
        Assert.Equal(new ModelTotals(41, 0, 41), summary.Totals);
    }
}
