namespace NotebookSummary.Analysis;

/// <summary>Raised by <see cref="LayerBuilder.Fail(string, string?)"/> while a layer is built; the summarizer turns it into a <see cref="ModelError"/>.</summary>
internal sealed class ModelException(string message, string? hint = null) : Exception(message)
{
    public string? Hint { get; } = hint;

    /// <summary>The calculation that fails, with the model's numbers, when there is one (see <see cref="ModelError.Calculation"/>).</summary>
    public string? Calculation { get; init; }

    /// <summary>The window that does not fit its input, when that is the failure (see <see cref="ModelError.Window"/>).</summary>
    public OversizedWindow? Window { get; init; }
}
