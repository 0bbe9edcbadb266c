using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Shared rule of SimpleRNN, LSTM and GRU over <c>(batch, timesteps, features)</c>. Each of the layer's G blocks
/// (1 for SimpleRNN, 4 LSTM gates, 3 GRU gates) has an input kernel <c>n_in × units</c>, a recurrent kernel
/// <c>units × units</c> (the state feeds back) and a bias; the subclasses state the exact count.
/// </summary>
public abstract class RnnLayer : RecurrentLayer
{
    private protected RnnLayer(int units, string? activation, string? recurrentActivation, bool useBias,
        bool returnSequences, bool returnState, bool goBackwards, bool stateful, bool unroll,
        string? name, bool trainable, Size? inputShape, int? inputDim)
        : base(activation, recurrentActivation, useBias, returnSequences, returnState, goBackwards, stateful,
            name, trainable, inputShape, inputDim)
    {
        Units = units;
        Unroll = unroll;
    }

    /// <summary>The size of the state and of each output step.</summary>
    public int Units { get; }
    /// <summary>True: Keras unrolls the loop, which needs a known number of time steps.</summary>
    public bool Unroll { get; }

    /// <summary>How many state tensors the layer carries: h for SimpleRNN and GRU, h and c for LSTM.</summary>
    internal virtual int StateCount => 1;

    // Called with initial_state=, the states are inputs after the sequence (Keras flattens the call's tensors so).
    public override bool TakesSeveralInputs => true;

    /// <summary>
    /// Calls the layer on a sequence starting from given states (Keras's <c>lstm(x, initial_state=[h, c])</c>): the
    /// states are listed after the sequence, as Keras's Connected to lists them.
    /// </summary>
    public KerasTensor Call(KerasTensor input, IReadOnlyList<KerasTensor> initialState)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(initialState);
        if (initialState.Any(t => t is null)) throw new ArgumentException("a state cannot be null", nameof(initialState));
        // Several tensor arguments: Keras passes no mask, but the sequence's mask still reaches the output.
        return MaskFlow.Call(this, [input, .. initialState], asList: false, onlyTensor: false).Output(0);
    }

    private static readonly Symbol InputsSymbol = new("n_in", "input features per time step (the last input dimension)");
    private static readonly Symbol UnitsSymbol = new("units", "units (size of the state and of each output step)");

    /// <summary>The number of weight blocks (gates) that each see the input and the previous state.</summary>
    private protected abstract int Blocks { get; }

    /// <summary>The parameter formula in terms of <paramref name="nIn"/> and <paramref name="units"/>.</summary>
    private protected abstract Expr ParamsRule(Expr nIn, Expr units);

    /// <summary>Explains where the formula's numbers come from (the gates and biases).</summary>
    private protected abstract void NoteWeights(LayerBuilder b);

    internal override Expr OutputSize(string suffix = "", string whose = "each direction") =>
        Expr.Sym("units" + suffix, Units, $"units of {whose}");

    internal override string OutputAxisName => "features";

    protected internal override void Build(LayerBuilder b)
    {
        if (b.Rank != 3)
            b.Fail($"{ClassName} expects a 3D input (batch, timesteps, features), but its input is {b.Input} ({b.Rank}D)",
                b.Rank > 3
                    ? "add a Reshape((timesteps, features)) or TimeDistributed(Flatten()) before it, or check input_shape"
                    : "add a Reshape((timesteps, features)) or RepeatVector before it, or check input_shape");
        b.Positive("units", Units);
        CheckInitialState(b);
        b.KnownDim(-1, "number of features (the last dimension)");
        CheckStateful(b);
        long? steps = b.Input[1];
        if (Unroll && steps is null)
            b.Fail($"{ClassName} with unroll=True needs a known number of time steps, but its input is {b.Input}",
                "give the time steps a size in input_shape, or use unroll=False");

        var nIn = b.Dim(-1, InputsSymbol);
        var units = Expr.Sym(UnitsSymbol, Units);
        b.Params(ParamsRule(nIn, units));
        NoteWeights(b);
        if (!UseBias) b.Note("use_bias=False: no bias vectors, only the input and recurrent kernels");

        // Per time step every block multiplies the input (n_in) and the previous state (units) into units values.
        b.Macs((steps, (long)Blocks, nIn.Value, (long)Units), static s =>
            CheckedCount.Times(CheckedCount.Times(CheckedCount.Times(s.steps, s.Item2), CheckedCount.Plus(s.Value, s.Item4)), s.Item4));
        var output = Shape.Owning(ReturnSequences ? [b.Input.Batch, steps, Units] : [b.Input.Batch, Units]);
        // return_state=True: Keras returns [output, *states], each state (batch, units).
        if (ReturnState) b.Outputs([output, .. Enumerable.Repeat(Shape.WithBatch(b.Input.Batch, [Units]), StateCount)]);
        else b.Output(output);
        // The step shape is text only a return_state note shows.
        NoteReturnOptions(b, ReturnState ? Units.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
    }

    // A list of tensors is still one input too many; initial_state= must hold one (batch, units) tensor per state.
    private void CheckInitialState(LayerBuilder b)
    {
        int n = b.InputCount;
        if (n == 1) return;
        if (b.CalledOnList)
            b.Fail($"{ClassName} takes one tensor, but it is called on {n}: "
                + string.Join(" and ", Enumerable.Range(0, n).Select(b.DescribeInput)),
                "merge them first (Concatenate, Add, ...) or call the layer on each tensor separately");
        if (n - 1 != StateCount)
            b.Fail($"{ClassName} has {StateCount} state(s) ({StateNames}), but initial_state gives {n - 1}",
                $"pass initial_state=[{StateNames.Replace(" and ", ", ")}]");
        for (int i = 1; i < n; i++)
            if (b.Inputs[i].Rank != 2 || b.Inputs[i][1] != Units)
                b.Fail($"{ClassName}'s initial state must be (batch, {Units}), but {b.DescribeInput(i)} is given",
                    "pass the states of a layer with as many units");
    }
}
