using System.Globalization;
using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>LeakyReLU(negative_slope=0.3)</c>: x for x ≥ 0, negative_slope·x below; shape unchanged, no weights.
/// Keras 2 called the slope <c>alpha</c>; Keras 3 still accepts that name, and it wins when both are given.
/// </summary>
public sealed class LeakyReLU(double negativeSlope = 0.3, string? name = null, bool trainable = true,
    Size? inputShape = null, int? inputDim = null, double? alpha = null)
    : Layer(name, trainable, inputShape, inputDim, "leaky_relu")
{
    /// <summary>The slope below zero, from <c>alpha</c> when it was given (as Keras 3 does).</summary>
    public double NegativeSlope { get; } = alpha ?? negativeSlope;

    /// <summary>The Keras 2 name of the slope, when the model used it.</summary>
    public double? Alpha { get; } = alpha;

    public override LayerKind Kind => LayerKind.Activation;

    protected internal override void Build(LayerBuilder b)
    {
        string argument = Alpha is null ? "negative_slope" : "alpha";
        if (!(NegativeSlope >= 0))
            b.Fail($"LeakyReLU argument '{argument}' must be a non-negative number, but it is {NegativeSlope.ToString(CultureInfo.InvariantCulture)}",
                "Keras 3 rejects negative slopes; use PReLU to learn the slope");
        b.OutputSameAsInput();
        b.NoParams($"LeakyReLU is a fixed function ({argument}={NegativeSlope.ToString(CultureInfo.InvariantCulture)} is a constant, not a weight): it has no weights");
    }
}
