using System.Globalization;
using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>ReLU(max_value=None, negative_slope=0.0, threshold=0.0)</c>: max(x, 0), optionally capped at
/// <c>max_value</c> (<c>ReLU(6)</c> is ReLU6), leaky below <c>threshold</c>; shape unchanged, no weights.
/// </summary>
public sealed class ReLU(double? maxValue = null, double negativeSlope = 0.0, double threshold = 0.0,
    string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : Layer(name, trainable, inputShape, inputDim, "relu")
{
    public double? MaxValue { get; } = maxValue;
    public double NegativeSlope { get; } = negativeSlope;
    public double Threshold { get; } = threshold;

    public override LayerKind Kind => LayerKind.Activation;

    protected internal override void Build(LayerBuilder b)
    {
        // Keras 3 rejects negative values for all three arguments.
        if (MaxValue is { } max) NonNegative(b, "max_value", max);
        NonNegative(b, "negative_slope", NegativeSlope);
        NonNegative(b, "threshold", Threshold);
        b.OutputSameAsInput();
        b.NoParams("ReLU is a fixed function: it has no weights");
        if (MaxValue is { } cap)
            b.Note($"max_value={Text(cap)}: outputs are capped at {Text(cap)}");
    }

    private static void NonNegative(LayerBuilder b, string argument, double value)
    {
        if (!(value >= 0))
            b.Fail($"ReLU argument '{argument}' must be a non-negative number, but it is {Text(value)}");
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
