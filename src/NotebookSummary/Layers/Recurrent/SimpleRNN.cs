using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>SimpleRNN(units)</c>: the plain recurrent layer, <c>h_t = activation(x_t·W + h_{t−1}·U + b)</c>.
/// Parameters: kernel <c>n_in × units</c>, recurrent kernel <c>units × units</c>, bias <c>units</c>.
/// </summary>
public sealed class SimpleRNN(
    int units,
    string? activation = "tanh",
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
    : RnnLayer(units, activation, null, useBias, returnSequences, returnState, goBackwards, stateful, unroll,
        name, trainable, inputShape, inputDim)
{
    private protected override int Blocks => 1;

    private protected override string StateNames => "h";

    private protected override Expr ParamsRule(Expr nIn, Expr units) =>
        UseBias ? (nIn + units) * units + units : (nIn + units) * units;

    private protected override void NoteWeights(LayerBuilder b) =>
        b.Note("one block: an n_in × units input kernel, a units × units recurrent kernel (the previous state feeds back) and a bias of units");
}
