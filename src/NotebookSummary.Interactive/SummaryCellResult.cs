using NotebookSummary.Analysis;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras;

namespace NotebookSummary.Interactive;

/// <summary>
/// What a <c>#!summary</c> cell shows: <see cref="Outputs"/> to display in order, and, when the cell fails, the
/// message to fail it with (the diagnostics as source line, caret, message and hint).
/// </summary>
internal sealed class SummaryCellResult
{
    internal SummaryCellResult(IReadOnlyList<CellOutput> outputs, string? failureMessage,
        IReadOnlyList<ModelSummary> summaries, IReadOnlyList<Diagnostic> diagnostics)
    {
        Outputs = outputs;
        FailureMessage = failureMessage;
        Summaries = summaries;
        Diagnostics = diagnostics;
    }

    /// <summary>What to display, in order: the summaries in the chosen format, then notes and warnings.</summary>
    public IReadOnlyList<CellOutput> Outputs { get; }

    /// <summary>Why the cell fails, as readable text; null when it succeeds.</summary>
    public string? FailureMessage { get; }

    /// <summary>True when the cell must be reported as failed (an error, not a warning).</summary>
    public bool Failed => FailureMessage is not null;

    /// <summary>The summaries shown (for hosts that want the data rather than the rendering).</summary>
    public IReadOnlyList<ModelSummary> Summaries { get; }

    /// <summary>Every diagnostic of the cell: the reader's, then model errors.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
