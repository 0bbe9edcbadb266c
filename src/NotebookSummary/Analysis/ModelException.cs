namespace NotebookSummary.Analysis;

/// <summary>Raised by <see cref="LayerBuilder.Fail"/> while a layer is built; the summarizer turns it into a <see cref="ModelError"/>.</summary>
public sealed class ModelException(string message, string? hint = null) : Exception(message)
{
    public string? Hint { get; } = hint;
}
