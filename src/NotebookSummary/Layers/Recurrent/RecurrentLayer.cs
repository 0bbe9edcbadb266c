using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// What every Keras recurrent layer shares (SimpleRNN, LSTM, GRU, ConvLSTM1D/2D/3D): it reads a sequence step by
/// step, carrying a state, and returns the last step's output or, with <c>return_sequences</c>, every step's.
/// The flags that only change what is returned or how it runs are checked and explained here.
/// </summary>
public abstract class RecurrentLayer : Layer
{
    private protected RecurrentLayer(string? activation, string? recurrentActivation, bool useBias,
        bool returnSequences, bool returnState, bool goBackwards, bool stateful,
        string? name, bool trainable, Size? inputShape, int? inputDim)
        : base(name, trainable, inputShape, inputDim, activation)
    {
        RecurrentActivation = recurrentActivation;
        UseBias = useBias;
        ReturnSequences = returnSequences;
        ReturnState = returnState;
        GoBackwards = goBackwards;
        Stateful = stateful;
    }

    /// <summary>The gates' activation (Keras's <c>recurrent_activation</c>); null for SimpleRNN, which has no gates.</summary>
    public string? RecurrentActivation { get; }
    public bool UseBias { get; }
    /// <summary>True: one output per time step; false: only the last step's output.</summary>
    public bool ReturnSequences { get; }
    /// <summary>True: Keras also returns the final state(s); see the note this layer adds to its walk-through.</summary>
    public bool ReturnState { get; }
    /// <summary>True: the sequence is read from its end (Bidirectional's backward direction).</summary>
    public bool GoBackwards { get; }
    /// <summary>True: the final state of a batch is the initial state of the next one; needs a fixed batch size.</summary>
    public bool Stateful { get; }

    public override LayerKind Kind => LayerKind.Recurrent;

    /// <summary>
    /// The size of one step's output as a named symbol (<c>units</c> or <c>filters</c>) for Bidirectional's merge rule;
    /// <paramref name="suffix"/> and <paramref name="whose"/> tell the forward and backward layers apart.
    /// </summary>
    internal abstract Expr OutputSize(string suffix = "", string whose = "each direction");

    /// <summary>What the last output axis holds, naming Bidirectional's merge formula: <c>features</c> or <c>channels</c>.</summary>
    internal abstract string OutputAxisName { get; }

    /// <summary>The number of states Keras returns with <c>return_state</c>, e.g. <c>h and c</c>.</summary>
    private protected abstract string StateNames { get; }

    /// <summary>Keras refuses a stateful RNN whose batch size is unknown: it must allocate the state.</summary>
    private protected void CheckStateful(LayerBuilder b)
    {
        if (Stateful && b.Input.Batch is null)
            b.Fail($"{ClassName} with stateful=True needs a fixed batch size, but its input is {b.Input}",
                "give the first layer batch_input_shape=(batch, ...) or batch_size=..., or start with Input(shape=..., batch_size=...)");
    }

    /// <summary>Notes on the flags that change what is returned but not the parameters.</summary>
    private protected void NoteReturnOptions(LayerBuilder b, string stepShape)
    {
        b.Note(ReturnSequences
            ? "return_sequences=True: one output per time step, so the time axis is kept"
            : "return_sequences=False: only the last time step's output is returned, so the time axis is dropped");
        if (ReturnState)
            b.Note($"return_state=True: Keras also returns the final state ({StateNames}, each (batch, {stepShape})); "
                + "in a Sequential model only the main output is passed on here, where Keras would give the next layer the "
                + "whole list, so use the functional API to use the states");
        if (GoBackwards)
            b.Note("go_backwards=True: the sequence is read from its end; shapes and counts are unchanged");
        if (Stateful)
            b.Note("stateful=True: each batch starts from the previous batch's final state; that state is not a weight");
    }
}
