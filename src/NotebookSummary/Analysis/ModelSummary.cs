
namespace NotebookSummary.Analysis;

/// <summary>
/// The computed summary of a model: the one object every renderer (HTML, text, ASCII, SVG, JSON) draws from.
/// Immutable. When the model is invalid, <see cref="Error"/> says why and <see cref="Rows"/> holds the layers
/// before the failing one.
/// </summary>
public sealed class ModelSummary
{
    internal ModelSummary(string name, Shape? inputShape, List<SummaryRow> rows, ModelTotals totals,
        ModelError? error)
    {
        Name = name;
        InputShape = inputShape;
        Rows = rows.AsReadOnly(); // the summarizer's list, which nothing else holds: no copy, but no writer handed out
        Totals = totals;
        Error = error;
    }

    /// <summary>The model's name (<c>sequential</c> unless named).</summary>
    public string Name { get; }

    /// <summary>The model's input shape, batch first; null when the model has none (then <see cref="Error"/> says so).</summary>
    public Shape? InputShape { get; }

    /// <summary>One row per layer, in order (no row for the Input layer, as in Keras).</summary>
    public IReadOnlyList<SummaryRow> Rows { get; }

    /// <summary>Totals over <see cref="Rows"/>.</summary>
    public ModelTotals Totals { get; }

    /// <summary>Why the model is invalid, or null when every layer built.</summary>
    public ModelError? Error { get; }

    /// <summary>True when every layer built.</summary>
    public bool IsValid => Error is null;

    /// <summary>The model's output shape (of the last row), or null when there are no rows.</summary>
    public Shape? OutputShape => Rows.Count > 0 ? Rows[^1].OutputShape : InputShape;
}
