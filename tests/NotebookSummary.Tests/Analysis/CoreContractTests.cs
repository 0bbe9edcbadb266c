using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Analysis;

/// <summary>The core contract: shapes, counts and walk-throughs of a small MNIST CNN (Keras semantics).</summary>
public class CoreContractTests
{
    private static ModelSummary Mnist() => new Sequential("mnist_cnn")
    {
        new Input(28, 28, 1),
        new Conv2D(32, kernelSize: 3, activation: "relu"),
        new MaxPooling2D(2),
        new Flatten(),
        new Dense(10, activation: "softmax"),
    }.Summarize();

    [Fact]
    public void Mnist_example_has_keras_shapes_counts_and_names()
    {
        var s = Mnist();
        Assert.True(s.IsValid);
        Assert.Equal("(None, 28, 28, 1)", s.InputShape!.ToString());
        Assert.Equal(["conv2d", "max_pooling2d", "flatten", "dense"], s.Rows.Select(r => r.Name));
        Assert.Equal(["(None, 26, 26, 32)", "(None, 13, 13, 32)", "(None, 5408)", "(None, 10)"],
            s.Rows.Select(r => r.OutputShape.ToString()));
        // (3·3·1 + 1)·32 = 320 and (5408 + 1)·10 = 54,090
        Assert.Equal([320L, 0, 0, 54090], s.Rows.Select(r => r.Params));
        Assert.Equal(54410, s.Totals.Params);
        Assert.Equal("relu", s.Rows[0].Activation);
    }

    [Fact]
    public void Conv2D_walk_through_substitutes_the_model_numbers()
    {
        var w = Mnist().Rows[0].WalkThrough;
        Assert.Equal("(k_h·k_w·c_in + 1)·filters", w.Parameters!.Symbolic);
        Assert.Equal("(3·3·1 + 1)·32", w.Parameters.Substituted);
        Assert.Equal(320, w.Parameters.Result);
        var outH = w.Shape.Single(f => f.Target == "out_h");
        Assert.Equal("⌊(h − k_h)/s_h⌋ + 1", outH.Symbolic);
        Assert.Equal("⌊(28 − 3)/1⌋ + 1", outH.Substituted);
        Assert.Equal(26, outH.Result);
        Assert.Contains(w.Symbols, s => s.Name == "c_in" && s.Meaning == "input channels");
    }

    [Fact]
    public void Layers_without_weights_say_why()
    {
        var pool = Mnist().Rows[1].WalkThrough;
        Assert.Null(pool.Parameters);
        Assert.Contains("no weights", pool.NoParametersReason);
    }
}

public class InputApiTests
{
    [Fact]
    public void Input_accepts_ints_none_and_tuples()
    {
        Assert.Equal("(None, 784)", new Input(784).Shape.ToString());
        Assert.Equal("(None, None, 13)", new Input(null, 13).Shape.ToString());
        Assert.Equal("(None, 28, 28, 1)", new Input(shape: (28, 28, 1)).Shape.ToString());
        Assert.Equal("(32, 8, 16)", new Input(8, 16) { BatchSize = 32 }.Shape.ToString());
    }
}
