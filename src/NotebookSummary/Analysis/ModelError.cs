
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

    /// <summary>
    /// The calculation that fails, with the model's numbers, when the failure is one
    /// (<c>out_h = ⌊(h − k_h)/s_h⌋ + 1 = ⌊(1 − 5)/1⌋ + 1 = −3 &lt; 1</c>); else null.
    /// </summary>
    public string? Calculation { get; init; }

    /// <summary>
    /// When a 'valid' kernel or pooling window is larger than its input: the window's and the input's sizes per
    /// spatial axis (the drawing shows the window overhanging its map); else null.
    /// </summary>
    public OversizedWindow? Window { get; init; }

    /// <summary>
    /// The model's layers after the failing one, in Keras's order, which were not computed: the rows a valid model
    /// would have had there. With <see cref="ModelSummary.Rows"/> and the failing layer, every layer of the model.
    /// </summary>
    public IReadOnlyList<UncomputedLayer> NotComputed
    {
        get => _notComputed;
        init => _notComputed = ArrayView<UncomputedLayer>.Copy(value);
    }

    private readonly IReadOnlyList<UncomputedLayer> _notComputed = Array.Empty<UncomputedLayer>();

    /// <summary>Equal when every value is equal, the layers not computed element by element.</summary>
    public bool Equals(ModelError? other) =>
        other is not null && LayerIndex == other.LayerIndex && LayerName == other.LayerName && ClassName == other.ClassName
        && Message == other.Message && Hint == other.Hint && Equals(Source, other.Source) && Calculation == other.Calculation
        && Equals(Window, other.Window)
        && NotComputed.SequenceEqual(other.NotComputed);

    public override int GetHashCode() => HashCode.Combine(LayerIndex, LayerName, ClassName, Message, Hint, Source, Calculation, NotComputed.Count);

    /// <summary>One line: <c>layer 2 'conv2d_1' (Conv2D): message; hint</c>.</summary>
    public override string ToString() =>
        $"layer {LayerIndex} '{LayerName}' ({ClassName}): {Message}" + (Hint is null ? "" : $"; {Hint}");
}

/// <summary>A layer after a model's failing layer: its name and Keras class, all that is known without its input.</summary>
public sealed record UncomputedLayer(string Name, string ClassName);
