namespace NotebookSummary;

/// <summary>
/// Keras <c>Add()</c> (and <c>layers.add([...])</c>): adds its inputs element by element, called on a list of tensors of one shape
/// (a size of 1 broadcasts); no weights. See <see cref="Merge"/> for the shape rule.
/// </summary>
public sealed class Add(string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : Merge(name, trainable, inputShape, inputDim)
{
    private protected override string Operation => "adds its inputs element by element";
}
