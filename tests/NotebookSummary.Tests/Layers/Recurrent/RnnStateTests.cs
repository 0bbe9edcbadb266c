using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Layers.Recurrent;

/// <summary>
/// return_state=True and initial_state= in the functional API: the call returns [output, *states], each state
/// (batch, units) — h and c for LSTM, h for GRU and SimpleRNN — and initial_state's tensors are inputs listed after
/// the sequence (keras/src/layers/rnn/rnn.py and lstm.py: call, compute_output_shape).
/// </summary>
public class RnnStateTests
{
    [Fact]
    public void Return_state_adds_one_output_per_state()
    {
        var x = new Input(null, 8);
        var (seq, h, c) = new LSTM(16, returnSequences: true, returnState: true).Call(x);
        var (_, g) = new GRU(16, returnState: true).Call(x);
        var s = new Model(x, [seq, h, c, g]).Summarize();
        Assert.True(s.IsValid, s.Error?.ToString());
        Assert.Equal([new Shape(null, null, 16), new Shape(null, 16), new Shape(null, 16)], s.Rows[1].OutputShapes);
        Assert.Equal([new Shape(null, 16), new Shape(null, 16)], s.Rows[2].OutputShapes);
    }

    [Fact]
    public void Initial_states_are_connected_after_the_sequence_and_keep_the_weights()
    {
        var x = new Input(5, 8);
        var (_, h, c) = new LSTM(16, returnState: true).Call(x);
        var y = new LSTM(16).Call(x, initialState: [h, c]);
        var s = new Model(x, y).Summarize();
        Assert.True(s.IsValid, s.Error?.ToString());
        Assert.Equal(["input_layer[0][0]", "lstm[0][1]", "lstm[0][2]"], s.Rows[2].ConnectedTo);
        Assert.Equal(4 * ((8 + 16) * 16 + 16), s.Rows[2].Params);
    }

    [Fact]
    public void Initial_states_of_the_wrong_count_or_size_are_model_errors()
    {
        var x = new Input(5, 8);
        var i = new Input(3);
        var h = new Dense(16).Call(i);
        var wrongCount = new Model([x, i], new LSTM(16).Call(x, initialState: [h])).Summarize();
        Assert.StartsWith("LSTM has 2 state(s) (h and c), but initial_state gives 1", wrongCount.Error!.Message);
        var wrongSize = new Model([x, i], new GRU(8).Call(x, initialState: [h])).Summarize();
        Assert.StartsWith("GRU's initial state must be (batch, 8)", wrongSize.Error!.Message);
    }

    [Fact]
    public void The_reader_unpacks_the_states_and_reads_initial_state()
    {
        var read = KerasSource.Parse("""
            import keras
            x = keras.Input(shape=(None, 8))
            out, h = keras.layers.GRU(4, return_state=True)(x)
            y = keras.layers.GRU(4)(x, initial_state=h)
            model = keras.Model(x, [out, y])
            """).Summarize();
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        Assert.Equal(["input_layer[0][0]", "gru[0][1]"], read.Summary!.Rows[2].ConnectedTo);
    }
}
