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
        b.KnownDim(-1, "number of features (the last dimension)");
        CheckStateful(b);
        long? steps = b.Input[1];
        if (Unroll && steps is null)
            b.Fail($"{ClassName} with unroll=True needs a known number of time steps, but its input is {b.Input}",
                "give the time steps a size in input_shape, or use unroll=False");

        var nIn = b.Dim(-1, "n_in", "input features per time step (the last input dimension)");
        var units = Expr.Sym("units", Units, "units (size of the state and of each output step)");
        b.Params(ParamsRule(nIn, units));
        NoteWeights(b);
        if (!UseBias) b.Note("use_bias=False: no bias vectors, only the input and recurrent kernels");

        // Per time step every block multiplies the input (n_in) and the previous state (units) into units values.
        b.Macs(() => Expr.Number(steps) * Blocks * (Expr.Number(nIn.Value) + Units) * Units);
        b.Output(ReturnSequences ? new long?[] { steps, Units } : new long?[] { Units });
        NoteReturnOptions(b, Units.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
