using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>AlphaDropout(rate)</c>: dropout for SELU networks that keeps the mean and variance of its input while
/// training; shape unchanged, no weights.
/// </summary>
public sealed class AlphaDropout(double rate, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null) : Layer(name, trainable, inputShape, inputDim)
{
    public double Rate { get; } = rate;

    public override LayerKind Kind => LayerKind.Dropout;

    protected internal override void Build(LayerBuilder b)
    {
        b.Rate("rate", Rate);
        b.OutputSameAsInput();
        b.NoParams("alpha dropout only masks values while training: it has no weights");
    }
}
