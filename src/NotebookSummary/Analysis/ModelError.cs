
namespace NotebookSummary.Analysis;

/// <summary>
/// Why Keras would reject a model, in the user's terms, naming the layer that fails.
/// The summary still holds the rows before that layer.
/// </summary>
public sealed record ModelError
{
    /// <summary>
    /// 0-based index of the failing layer in Keras's <c>model.layers</c>, i.e. the row it would have had: a Sequential
    /// model's Input layer is not counted, a functional model's InputLayer rows are (its layers in Keras's order).
    /// </summary>
    public required int LayerIndex { get; init; }
    /// <summary>The failing layer's name (explicit or default).</summary>
    public required string LayerName { get; init; }
    public required string ClassName { get; init; }
    /// <summary>What is wrong, e.g. "kernel 5×5 is larger than its 3×3 input".</summary>
    public required string Message { get; init; }
    /// <summary>How to fix it, e.g. "use padding='same' or a smaller kernel"; null when there is nothing to add.</summary>
    public string? Hint { get; init; }
    /// <summary>Where the failing layer was written, when the model came from source text.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>One line: <c>layer 2 'conv2d_1' (Conv2D): message; hint</c>.</summary>
    public override string ToString() =>
        $"layer {LayerIndex} '{LayerName}' ({ClassName}): {Message}" + (Hint is null ? "" : $"; {Hint}");
}
