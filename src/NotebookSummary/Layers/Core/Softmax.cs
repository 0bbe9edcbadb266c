using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>Softmax(axis=-1)</c>: turns the values along <c>axis</c> (an integer or a list) into probabilities;
/// shape unchanged, no weights.
/// </summary>
public sealed class Softmax(Size? axis = null, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null) : Layer(name, trainable, inputShape, inputDim, "softmax")
{
    /// <summary>The axis or axes the probabilities sum to 1 over; -1 (the last axis) by default.</summary>
    public Size Axis { get; } = axis ?? -1;

    public override LayerKind Kind => LayerKind.Activation;

    protected internal override void Build(LayerBuilder b)
    {
        var axes = AxisArgument.ResolveAll(b, Axis);
        b.OutputSameAsInput();
        b.NoParams("softmax is a fixed function: it has no weights");
        if (!(axes.Length == 1 && axes[0] == b.Rank - 1))
            b.Note($"axis={Axis}: the values sum to 1 over input axis {string.Join(", ", axes)}");
    }
}
