namespace NotebookSummary.Keras.Diagnostics;

/// <summary>
/// A message about the source, at a 1-based line and column with the length of the text it is about (at least 1
/// character is underlined when rendered). <see cref="ToString"/> gives <c>line 4, col 11: message</c>.
/// </summary>
public sealed record Diagnostic
{
    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>1-based line.</summary>
    public required int Line { get; init; }

    /// <summary>1-based column, in characters (UTF-16 code units) from the start of the line.</summary>
    public required int Column { get; init; }

    /// <summary>Number of characters the diagnostic is about (may run past the end of the line).</summary>
    public required int Length { get; init; }

    /// <summary>What is wrong, e.g. <c>unknown layer 'Conv2d' — did you mean 'Conv2D'?</c>.</summary>
    public required string Message { get; init; }

    /// <summary>How to fix it, when there is something to add to the message.</summary>
    public string? Hint { get; init; }

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary><c>line 4, col 11: unknown layer 'Conv2d' — did you mean 'Conv2D'?</c></summary>
    public override string ToString() => $"line {Line}, col {Column}: {Message}";
}
