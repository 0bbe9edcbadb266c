using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras;

namespace NotebookSummary.Cli;

/// <summary>One input that was read: the argument as written, the name messages use, and its text (Python, or a
/// notebook's JSON).</summary>
/// <param name="Argument">The command-line argument: a path, or <c>-</c>.</param>
/// <param name="DisplayName">The name in diagnostics: the path, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Text">The source text.</param>
internal sealed record SourceFile(string Argument, string DisplayName, string Text)
{
    /// <summary>What reading the input found at places in <see cref="Text"/> (bytes that are not UTF-8), reported
    /// before the reader's own diagnostics.</summary>
    public IReadOnlyList<Diagnostic> ReadingNotes { get; init; } = [];

    /// <summary>For a Jupyter notebook, its code cells as one Python text with the way back to cells; null for Python.</summary>
    internal NotebookScript? Notebook { get; init; }

    /// <summary>The Python code to read: the notebook's code cells, or the text itself.</summary>
    public string Code => Notebook?.Text ?? Text;
}
