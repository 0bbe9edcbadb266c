using System.Globalization;
using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>GaussianNoise(stddev)</c>: adds zero-mean Gaussian noise while training; shape unchanged, no weights.
/// Keras 3 accepts a standard deviation from 0 to 1 only.
/// </summary>
public sealed class GaussianNoise(double stddev, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null) : Layer(name, trainable, inputShape, inputDim)
{
    public double Stddev { get; } = stddev;

    public override LayerKind Kind => LayerKind.Dropout;

    protected internal override void Build(LayerBuilder b)
    {
        if (!(Stddev >= 0 && Stddev <= 1))
            b.Fail($"GaussianNoise argument 'stddev' must be between 0 and 1, but it is {Stddev.ToString(CultureInfo.InvariantCulture)}",
                "Keras expects the noise's standard deviation as a float from 0 to 1");
        b.OutputSameAsInput();
        b.NoParams("noise is only added while training: the layer has no weights");
    }
}
