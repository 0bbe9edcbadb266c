using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>UnitNormalization(axis=-1)</c>: divides each sample by its L2 norm over <c>axis</c> (an integer or a
/// list), so those values have length 1; shape unchanged, no weights.
/// </summary>
public sealed class UnitNormalization(Size? axis = null, string? name = null, bool trainable = true,
    Size? inputShape = null, int? inputDim = null) : Layer(name, trainable, inputShape, inputDim)
{
    /// <summary>The axis or axes the norm is taken over; -1 (the last axis) by default.</summary>
    public Size Axis { get; } = axis ?? -1;

    public override LayerKind Kind => LayerKind.Normalization;

    protected internal override void Build(LayerBuilder b)
    {
        AxisArgument.ResolveAll(b, Axis);
        b.OutputSameAsInput();
        b.NoParams("unit normalization divides by a norm computed from the input itself: it has no weights");
    }
}
