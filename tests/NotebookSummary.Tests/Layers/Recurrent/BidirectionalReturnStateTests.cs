using NotebookSummary.Analysis;
using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Layers.Recurrent;

/// <summary>
/// <c>Bidirectional(LSTM(16, return_state=True))</c> in a graph, from Keras 3's bidirectional.py: the call returns
/// <c>[output, fw_h, fw_c, bw_h, bw_c]</c>, and compute_output_shape gives the merged output (concat: 2·16 = 32) then
/// the forward layer's state shapes twice, each (None, 16). Parameters: an LSTM(16) on 8 features has
/// 4·(8 + 16 + 1)·16 = 1,600, and the two directions 3,200.
/// </summary>
public class BidirectionalReturnStateTests
{
    // Keras's rows: by depth from the output (dense 0, concatenate_1 1, concatenate 2, bidirectional 3, input 4).
    private static void AssertKerasRows(ModelSummary summary)
    {
        Assert.True(summary.IsValid, summary.Error?.ToString());
        Assert.Equal(["input_layer", "bidirectional", "concatenate", "concatenate_1", "dense"], summary.Rows.Select(r => r.Name));
        var bidirectional = summary.Rows[1];
        Assert.Equal([new Shape(null, 32), new Shape(null, 16), new Shape(null, 16), new Shape(null, 16), new Shape(null, 16)],
            bidirectional.OutputShapes);
        Assert.Equal(3200, bidirectional.Params);
        Assert.Equal(["bidirectional[0][1]", "bidirectional[0][3]"], summary.Rows[2].ConnectedTo);
        Assert.Equal(new Shape(null, 32), summary.Rows[2].OutputShape);
        Assert.Equal(["bidirectional[0][0]", "concatenate[0][0]"], summary.Rows[3].ConnectedTo);
        Assert.Equal(new Shape(null, 64), summary.Rows[3].OutputShape);
        Assert.Equal(3200 + 65, summary.Totals.Params);
    }

    [Fact]
    public void Its_five_outputs_are_the_merged_output_then_forward_and_backward_states_in_CSharp()
    {
        var inputs = new Input(10, 8);
        var all = new Bidirectional(new LSTM(16, returnState: true)).Call(inputs);
        var (output, forwardH, backwardH) = (all[0], all[1], all[3]);
        var state = new Concatenate().Call(forwardH, backwardH);
        var merged = new Concatenate().Call(output, state);
        AssertKerasRows(new Model(inputs, new Dense(1).Call(merged)).Summarize());
    }

    [Fact]
    public void Its_five_outputs_unpack_from_source()
    {
        var read = KerasSource.Parse("""
            import keras
            from keras import layers
            inputs = keras.Input(shape=(10, 8))
            out, fh, fc, bh, bc = layers.Bidirectional(layers.LSTM(16, return_state=True))(inputs)
            state = layers.Concatenate()([fh, bh])
            merged = layers.Concatenate()([out, state])
            model = keras.Model(inputs, layers.Dense(1)(merged))
            """);
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        Assert.Empty(read.Diagnostics);
        AssertKerasRows(read.Summarize().Summary!);
    }

    [Fact]
    public void Unpacking_the_wrong_number_of_states_says_how_many_there_are()
    {
        // Python: five values, three targets.
        var read = KerasSource.Parse("""
            import keras
            from keras import layers
            inputs = keras.Input(shape=(10, 8))
            out, h, c = layers.Bidirectional(layers.LSTM(16, return_state=True))(inputs)
            """);
        Assert.Contains(read.Diagnostics, d => d.Message.Contains("too many values to unpack (expected 3)"));
    }
}
