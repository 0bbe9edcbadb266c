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

    private static readonly Symbol InputsSymbol = new("n_in", "inputs per position (the last input dimension)");
    private static readonly Symbol UnitsSymbol = new("units", "units (outputs per position)");

    protected internal override void Build(LayerBuilder b)
    {
        b.ExpectMinRank(2, "(batch, ..., features)");
        b.Positive("units", Units);
        b.KnownDim(-1, "last dimension (the features Dense connects)");
        var nIn = b.Dim(-1, InputsSymbol);
        var units = Expr.Sym(UnitsSymbol, Units);
        b.Params(UseBias ? (nIn + 1) * units : nIn * units);
        if (!UseBias) b.Note("use_bias=False: no bias vector, only the n_in × units kernel");

        // The output: the input with its last axis made units wide (one array, which the shape keeps).
        var output = new long?[b.Rank];
        for (int i = 0; i < output.Length - 1; i++) output[i] = b.Input[i];
        output[^1] = Units;
        b.Macs((output, nIn.Value, (long)Units), static s =>
        {
            long? positions = 1; // the leading sample axes, between the batch and the features
            for (int i = 1; i < s.output.Length - 1; i++) positions = CheckedCount.Times(positions, s.output[i]);
            return CheckedCount.Times(CheckedCount.Times(positions, s.Value), s.Item3);
        });
        b.Output(Shape.Owning(output));
    }
}
