using System.Globalization;
using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>ActivityRegularization(l1=0, l2=0)</c>: passes its input through unchanged and adds
/// l1·Σ|x| + l2·Σx² of it to the training loss; no weights.
/// </summary>
public sealed class ActivityRegularization(double l1 = 0.0, double l2 = 0.0, string? name = null, bool trainable = true,
    Size? inputShape = null, int? inputDim = null) : Layer(name, trainable, inputShape, inputDim)
{
    public double L1 { get; } = l1;
    public double L2 { get; } = l2;

    public override LayerKind Kind => LayerKind.Other;

    protected internal override void Build(LayerBuilder b)
    {
        // Keras's L1L2 regularizer takes non-negative, finite factors only.
        Factor(b, "l1", L1);
        Factor(b, "l2", L2);
        b.OutputSameAsInput();
        b.NoParams("it only adds a penalty on its input to the loss: it has no weights");
    }

    private static void Factor(LayerBuilder b, string argument, double value)
    {
        if (!(value >= 0) || double.IsInfinity(value))
            b.Fail($"ActivityRegularization argument '{argument}' must be a non-negative number, but it is {value.ToString(CultureInfo.InvariantCulture)}",
                $"write {argument}=0 to switch that penalty off");
    }
}
