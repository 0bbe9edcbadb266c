using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>GaussianDropout(rate)</c>: multiplies values by 1-centred Gaussian noise with standard deviation
/// √(rate/(1 − rate)) while training; shape unchanged, no weights.
/// </summary>
public sealed class GaussianDropout(double rate, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null) : Layer(name, trainable, inputShape, inputDim)
{
    public double Rate { get; } = rate;

    public override LayerKind Kind => LayerKind.Dropout;

    protected internal override void Build(LayerBuilder b)
    {
        b.Rate("rate", Rate);
        b.OutputSameAsInput();
        b.NoParams("the multiplicative noise is only applied while training: the layer has no weights");
    }
}
