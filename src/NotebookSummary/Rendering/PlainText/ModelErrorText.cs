using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.PlainText;

/// <summary>
/// How the plain-text renderers state why a model is invalid, below the rows that did build: the failing layer
/// (its index in Keras's <c>model.layers</c>, name and class), where it was written if known, the message, the hint.
/// </summary>
internal static class ModelErrorText
{
    /// <summary><c>Error in layer 2 'conv2d_1' (Conv2D) at line 7: Conv2D kernel 5×5 is larger than its 3×3 input</c>.</summary>
    public static string Headline(ModelError e) =>
        $"Error in layer {e.LayerIndex} '{e.LayerName}' ({e.ClassName}){Where(e)}: {e.Message}";

    /// <summary><c>Hint: use padding='same' or a smaller kernel_size</c>, or null without a hint.</summary>
    public static string? HintLine(ModelError e) => e.Hint is null ? null : $"Hint: {e.Hint}";

    /// <summary>The headline, the failing calculation with the model's numbers when there is one
    /// (<c>out_h = ⌊(h − k_h)/s_h⌋ + 1 = ⌊(3 − 5)/1⌋ + 1 = −1 &lt; 1</c>), and the hint line.</summary>
    public static IEnumerable<string> Lines(ModelError e)
    {
        yield return Headline(e);
        if (e.Calculation is { } calculation) yield return calculation;
        if (HintLine(e) is { } hint) yield return hint;
    }

    /// <summary><c> at line 7, column 11</c> when the layer came from source text, else empty.</summary>
    public static string Where(ModelError e) =>
        e.Source is { } s ? $" at line {s.Line}, column {s.Column}" : "";
}
