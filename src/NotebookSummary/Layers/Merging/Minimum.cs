namespace NotebookSummary;

/// <summary>
/// Keras <c>Minimum()</c> (and <c>layers.minimum([...])</c>): takes the element-wise minimum of its inputs, called on a list of tensors of one shape
/// (a size of 1 broadcasts); no weights. See <see cref="Merge"/> for the shape rule.
/// </summary>
public sealed class Minimum(string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : Merge(name, trainable, inputShape, inputDim)
{
    private protected override string Operation => "takes the element-wise minimum of its inputs";
}
