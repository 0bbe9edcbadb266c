using NotebookSummary.Analysis;
using NotebookSummary.Keras.Diagnostics;

namespace NotebookSummary.Keras;

/// <summary>
/// A model read from source and summarized: the summary, and every diagnostic — the reader's and, when the model
/// is invalid, the core's model error placed on the line of the layer that fails.
/// </summary>
public sealed class KerasSummary
{
    internal KerasSummary(ModelSummary? summary, IReadOnlyList<Diagnostic> diagnostics, Diagnostic? modelError)
    {
        Summary = summary;
        Diagnostics = diagnostics;
        ModelError = modelError;
    }

    /// <summary>The summary, or null when the code builds no model.</summary>
    public ModelSummary? Summary { get; }

    /// <summary>The reader's diagnostics followed by the model error, if any.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The core's model error as a diagnostic at the failing layer, or null.</summary>
    public Diagnostic? ModelError { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
