using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>RepeatVector(n)</c>: a <c>(batch, features)</c> vector becomes a sequence <c>(batch, n, features)</c> of
/// <c>n</c> copies (e.g. to feed a decoder RNN); no weights.
/// </summary>
public sealed class RepeatVector(int n, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null) : Layer(name, trainable, inputShape, inputDim)
{
    public int N { get; } = n;

    public override LayerKind Kind => LayerKind.Reshape;

    protected internal override void Build(LayerBuilder b)
    {
        b.ExpectRank(2, "(batch, features)");
        b.Positive("n", N);
        b.Output(Expr.Const(N), Expr.Number(b.Input[1]));
        b.Note($"the input vector is repeated n = {N} times along a new steps axis");
        b.NoParams("repeating only copies values: it has no weights");
    }
}
