using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>Dense(units)</c>: a fully connected layer on the last axis. On a higher-rank input it applies to every
/// position of the last axis, as Keras does. Parameters: a kernel <c>n_in × units</c> plus a bias of <c>units</c>.
/// </summary>
public sealed class Dense(
    int units,
    string? activation = null,
    bool useBias = true,
    string? name = null,
    bool trainable = true,
    Size? inputShape = null,
    int? inputDim = null) : Layer(name, trainable, inputShape, inputDim, activation)
{
    public int Units { get; } = units;
    public bool UseBias { get; } = useBias;

    public override LayerKind Kind => LayerKind.Dense;

    protected internal override void Build(LayerBuilder b)
    {
        b.ExpectMinRank(2, "(batch, ..., features)");
        b.Positive("units", Units);
        b.KnownDim(-1, "last dimension (the features Dense connects)");
        var nIn = b.Dim(-1, "n_in", "inputs per position (the last input dimension)");
        var units = Expr.Sym("units", Units, "units (outputs per position)");
        b.Params(UseBias ? (nIn + 1) * units : nIn * units);
        if (!UseBias) b.Note("use_bias=False: no bias vector, only the n_in × units kernel");

        var leading = b.Input.SampleDims.Take(b.Rank - 2).ToArray();
        b.Macs(() => Expr.Product(leading.Select(Expr.Number)) * nIn * units);
        b.Output(leading.Append(Units));
    }
}
