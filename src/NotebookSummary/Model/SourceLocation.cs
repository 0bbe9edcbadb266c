namespace NotebookSummary;

/// <summary>Where a layer was written in a source text (1-based line and column, length in characters).</summary>
public sealed record SourceLocation(int Line, int Column, int Length);
