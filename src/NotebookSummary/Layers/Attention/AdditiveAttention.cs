using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>AdditiveAttention(use_scale=True, dropout=0.0)</c>, Bahdanau-style attention, called like
/// <see cref="Attention"/> on <c>[query, value]</c> or <c>[query, value, key]</c>, with the same output shape. Its
/// <c>scale</c> (when <c>use_scale</c>) is a vector of the query's last size, not a scalar.
/// </summary>
public sealed class AdditiveAttention(bool useScale = true, double dropout = 0.0, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : Attention(useScale, "dot", dropout, name, trainable, inputShape, inputDim)
{
    private protected override void BuildWeights(LayerBuilder b)
    {
        if (!UseScale)
        {
            b.NoParams("with use_scale=False, additive attention has no weights");
            return;
        }
        b.KnownDim(-1, "last dimension of the query (the size of the scale vector)");
        b.Params(b.Dim(-1, "dim", "the query's last size (one scale per feature)"));
    }
}
