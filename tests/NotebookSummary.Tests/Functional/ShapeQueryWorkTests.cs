using NotebookSummary.Analysis;
using NotebookSummary.Keras;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Functional;

/// <summary>
/// Reading a tensor's shape (<c>x.shape</c>, <see cref="KerasTensor.Shape"/>) inside a long loop, as code that sizes
/// each layer from its input does: each call is built once, not the whole chain again at every read. Counted, never
/// timed.
/// </summary>
public class ShapeQueryWorkTests
{
    /// <summary>A layer that keeps its input's shape and counts how often it is built.</summary>
    private sealed class CountedLayer(int[] builds) : Layer
    {
        protected internal override void Build(LayerBuilder b)
        {
            builds[0]++;
            b.NoParams("it only passes its input on");
            b.OutputSameAsInput();
        }
    }

    [Fact]
    public void A_loop_reading_the_shape_after_every_call_builds_each_call_once()
    {
        const int calls = 2_000;
        var builds = new int[1];
        var inputs = new Input(8);
        KerasTensor x = inputs;
        for (int i = 0; i < calls; i++)
        {
            x = new CountedLayer(builds).Call(x);
            Assert.Equal(8, x.Shape[-1]);
        }
        // Rebuilding the chain at each read would be 2,000·2,001/2 ≈ 2 million builds.
        Assert.Equal(calls, builds[0]);
        Assert.Equal(new Shape(null, 8), x.Shape);
        Assert.Equal(calls, builds[0]);
    }

    [Fact]
    public void A_failed_call_still_fails_when_its_shape_is_read_again()
    {
        var inputs = new Input(8);
        var wrong = new Dense(4).Call(new Flatten().Call(new Conv1D(2, 3).Call(inputs)));
        var first = Assert.Throws<InvalidOperationException>(() => wrong.Shape);
        var again = Assert.Throws<InvalidOperationException>(() => wrong.Shape);
        Assert.Equal(first.Message, again.Message);
        Assert.Contains("Conv1D", first.Message);
    }

    private static string Loop(int layers) => $$"""
        import keras
        from keras import layers
        inputs = keras.Input(shape=(8,))
        x = inputs
        for i in range({{layers}}):
            x = layers.Dense(x.shape[-1])(x)
        model = keras.Model(inputs, x)
        """;

    [Fact]
    public void A_source_loop_reading_x_shape_at_every_step_stays_linear()
    {
        KerasSource.Parse(Loop(10)); // warm-up: the layer catalogue and the reader's static tables
        long small = WorkMeter.LeastAllocatedBytes(() => Assert.False(KerasSource.Parse(Loop(1_000)).HasErrors));
        long large = WorkMeter.LeastAllocatedBytes(() => Assert.False(KerasSource.Parse(Loop(2_000)).HasErrors));
        WorkMeter.AssertLinear(small, large, "reading x.shape in a loop of 1,000 then 2,000 Dense layers");
    }
}
