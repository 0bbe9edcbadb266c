namespace NotebookSummary.Keras.Runtime;

/// <summary>
/// A symbolic tensor of the functional API (Keras's <c>KerasTensor</c>): what <c>keras.Input(...)</c> used as a
/// tensor, or a layer called on tensors, gives. It is the core's <see cref="KerasTensor"/>, with where the code made it.
/// </summary>
internal sealed class TensorValue(KerasTensor tensor, TextSpan span) : PyValue
{
    public KerasTensor Tensor { get; } = tensor;

    /// <summary>The expression that made the tensor (the layer call); shape errors are reported there.</summary>
    public TextSpan Span { get; } = span;

    public override string TypeName => "KerasTensor";
}
