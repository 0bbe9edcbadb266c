namespace NotebookSummary;

/// <summary>
/// Keras <c>Average()</c> (and <c>layers.average([...])</c>): averages its inputs element by element, called on a list of tensors of one shape
/// (a size of 1 broadcasts); no weights. See <see cref="Merge"/> for the shape rule.
/// </summary>
public sealed class Average(string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : Merge(name, trainable, inputShape, inputDim)
{
    private protected override string Operation => "averages its inputs element by element";
}
