using System.Globalization;
using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>Keras <c>ELU(alpha=1.0)</c>: x for x &gt; 0, alpha·(eˣ − 1) below; shape unchanged, no weights.</summary>
public sealed class ELU(double alpha = 1.0, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null) : Layer(name, trainable, inputShape, inputDim, "elu")
{
    public double Alpha { get; } = alpha;

    public override LayerKind Kind => LayerKind.Activation;

    protected internal override void Build(LayerBuilder b)
    {
        b.OutputSameAsInput();
        b.NoParams($"ELU is a fixed function (alpha={Alpha.ToString(CultureInfo.InvariantCulture)} is a constant, not a weight): it has no weights");
    }
}
