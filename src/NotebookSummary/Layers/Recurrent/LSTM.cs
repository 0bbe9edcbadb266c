using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>LSTM(units)</c>: long short-term memory. Four gate blocks — input, forget, cell candidate, output — each
/// with an input kernel <c>n_in × units</c>, a recurrent kernel <c>units × units</c> and a bias <c>units</c>:
/// <c>4·((n_in + units)·units + units)</c> parameters.
/// </summary>
public sealed class LSTM(
    int units,
    string? activation = "tanh",
    string? recurrentActivation = "sigmoid",
    bool useBias = true,
    bool returnSequences = false,
    bool returnState = false,
    bool goBackwards = false,
    bool stateful = false,
    bool unroll = false,
    string? name = null,
    bool trainable = true,
    Size? inputShape = null,
    int? inputDim = null)
    : RnnLayer(units, activation, recurrentActivation, useBias, returnSequences, returnState, goBackwards, stateful,
        unroll, name, trainable, inputShape, inputDim)
{
    private protected override int Blocks => 4;

    internal override int StateCount => 2;

    private protected override string StateNames => "h and c";

    private protected override Expr ParamsRule(Expr nIn, Expr units) =>
        UseBias ? Expr.Const(4) * ((nIn + units) * units + units) : Expr.Const(4) * ((nIn + units) * units);

    private protected override void NoteWeights(LayerBuilder b) =>
        b.Note("4 = the LSTM's gates: input gate i, forget gate f, cell candidate c and output gate o; each has an "
            + "n_in × units input kernel, a units × units recurrent kernel and a bias of units");
}
