namespace NotebookSummary;

/// <summary>
/// Keras <c>Subtract()</c> (and <c>layers.subtract([a, b])</c>): the first of exactly two tensors minus the second,
/// element by element (a size of 1 broadcasts); no weights. See <see cref="Merge"/> for the shape rule.
/// </summary>
public sealed class Subtract(string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : Merge(name, trainable, inputShape, inputDim)
{
    private protected override int MinInputs => 2;
    private protected override int? MaxInputs => 2;
    private protected override string Operation => "subtracts its second input from its first, element by element";
}
