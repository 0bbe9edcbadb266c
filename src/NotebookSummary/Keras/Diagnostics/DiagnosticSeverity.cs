namespace NotebookSummary.Keras.Diagnostics;

/// <summary>How much a diagnostic matters.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something the reader did on the user's behalf (a skipped statement, an assumed branch).</summary>
    Info,
    /// <summary>Something that is probably wrong but did not stop the model from being read.</summary>
    Warning,
    /// <summary>The code cannot be read as written, or the model it builds is invalid.</summary>
    Error,
}
