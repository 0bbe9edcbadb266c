using NotebookSummary.Keras;

namespace NotebookSummary.Cli;

/// <summary>One input that was read: the argument as written, the name messages use, and its text.</summary>
/// <param name="Argument">The command-line argument: a path, or <c>-</c>.</param>
/// <param name="DisplayName">The name in diagnostics: the path, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Text">The source text.</param>
public sealed record SourceFile(string Argument, string DisplayName, string Text)
{
    /// <summary>What reading the input found at places in <see cref="Text"/> (bytes that are not UTF-8), reported
    /// before the reader's own diagnostics.</summary>
    public IReadOnlyList<Diagnostic> ReadingNotes { get; init; } = [];
}
