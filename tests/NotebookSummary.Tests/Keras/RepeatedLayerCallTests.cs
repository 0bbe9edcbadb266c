using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// A call that repeats another's arguments is, in Python, a new layer: its own object, its own default name from
/// the counters, its own weights, where it was written, and none of the generic settings (name, trainable) the
/// other call gave. The reader copies the layer it made for those arguments instead of constructing again; these
/// hold that copy to what a construction gives.
/// </summary>
public class RepeatedLayerCallTests
{
    private const string Source = """
        import keras
        from keras import layers

        model = keras.Sequential()
        model.add(keras.Input(shape=(16, 16, 8)))
        model.add(layers.Conv2D(8, 3, padding='same'))
        model.add(layers.Conv2D(8, 3, padding='same', name='named', trainable=False))
        model.add(layers.Conv2D(8, 3, padding='same'))
        model.add(layers.Conv2D(8, 3))
        model.add(layers.Conv2D(8, 3, padding='same'))
        """;

    [Fact]
    public void Each_repeated_call_is_a_layer_of_its_own()
    {
        var result = KerasSource.Parse(Source);
        Assert.Empty(result.Diagnostics);
        var layers = result.Model!.Layers.Skip(1).ToList(); // after the Input
        Assert.Equal(5, layers.Count);
        Assert.Equal(5, layers.Distinct(ReferenceEqualityComparer.Instance).Count());

        // Only the call that gave them has the name and the frozen weights; each layer points at its own line.
        Assert.Equal([null, "named", null, null, null], layers.Select(l => l.Name));
        Assert.Equal([true, false, true, true, true], layers.Select(l => l.Trainable));
        Assert.Equal([6, 7, 8, 9, 10], layers.Select(l => l.Source!.Line));
    }

    [Fact]
    public void Repeated_calls_are_named_and_counted_as_Keras_counts_separate_layers()
    {
        var result = KerasSource.Parse(Source);
        var summary = result.Summarize(result.Primary!).Summary!;
        // Keras's counters: the named layer takes no number, each unnamed Conv2D the next one.
        Assert.Equal(["conv2d", "named", "conv2d_1", "conv2d_2", "conv2d_3"], summary.Rows.Select(r => r.Name));
        // 3·3·8·8 + 8 = 584 weights each; 'valid' padding shrinks 16 to 14 (a 3-wide window), 'same' keeps the size
        // it is given (a copy of the 'valid' layer would make 12).
        Assert.Equal(5 * 584, summary.Totals.Params);
        Assert.Equal(584, summary.Totals.NonTrainableParams);
        Assert.Equal(["(None, 16, 16, 8)", "(None, 16, 16, 8)", "(None, 16, 16, 8)", "(None, 14, 14, 8)", "(None, 14, 14, 8)"],
            summary.Rows.Select(r => r.OutputShape.ToString()));
    }
}
