using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>GRU(units)</c>: gated recurrent unit. Three blocks — update gate, reset gate, candidate state — each with an
/// input kernel <c>n_in × units</c> and a recurrent kernel <c>units × units</c>. With <c>reset_after=True</c> (the
/// default since Keras 2.3) each block has two biases, one for the input and one for the recurrent part:
/// <c>3·((n_in + units)·units + 2·units)</c>; with <c>reset_after=False</c> one: <c>3·((n_in + units)·units + units)</c>.
/// </summary>
public sealed class GRU(
    int units,
    string? activation = "tanh",
    string? recurrentActivation = "sigmoid",
    bool useBias = true,
    bool returnSequences = false,
    bool returnState = false,
    bool goBackwards = false,
    bool stateful = false,
    bool unroll = false,
    bool resetAfter = true,
    string? name = null,
    bool trainable = true,
    Size? inputShape = null,
    int? inputDim = null)
    : RnnLayer(units, activation, recurrentActivation, useBias, returnSequences, returnState, goBackwards, stateful,
        unroll, name, trainable, inputShape, inputDim)
{
    /// <summary>True (Keras's default): the reset gate applies after the recurrent product, with its own bias.</summary>
    public bool ResetAfter { get; } = resetAfter;

    private protected override int Blocks => 3;

    private protected override string StateNames => "h";

    private protected override Expr ParamsRule(Expr nIn, Expr units)
    {
        if (!UseBias) return Expr.Const(3) * ((nIn + units) * units);
        return ResetAfter
            ? Expr.Const(3) * ((nIn + units) * units + Expr.Const(2) * units)
            : Expr.Const(3) * ((nIn + units) * units + units);
    }

    private protected override void NoteWeights(LayerBuilder b)
    {
        b.Note("3 = the GRU's blocks: update gate z, reset gate r and candidate state h; each has an n_in × units input "
            + "kernel and a units × units recurrent kernel");
        if (UseBias)
            b.Note(ResetAfter
                ? "reset_after=True (the default): each block has two biases of units, one for the input and one for the "
                    + "recurrent product, hence 2·units"
                : "reset_after=False: each block has one bias of units");
    }
}
