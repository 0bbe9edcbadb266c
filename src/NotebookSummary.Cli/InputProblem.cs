namespace NotebookSummary.Cli;

/// <summary>
/// Something wrong with one input, as <c>nbsummary</c> reports it: a diagnostic of the Keras reader (with its place
/// in the source), a model error, or a problem with the input as a whole (it cannot be read: no line or column).
/// </summary>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Line">1-based line (in a notebook, within <see cref="Cell"/>), or null when the problem is not at a place in the source.</param>
/// <param name="Column">1-based column, or null.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">How to fix it, or null.</param>
/// <param name="Display">The text for standard error: <c>file:line:col: severity: message</c> and the excerpt with a caret.</param>
internal sealed record InputProblem(string Severity, int? Line, int? Column, string Message, string? Hint, string Display)
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";

    /// <summary>For a notebook, the cell (counting every cell from 1 at the top) that <see cref="Line"/> is in; else null.</summary>
    public int? Cell { get; init; }

    public bool IsError => Severity == Error;

    /// <summary>A problem with the input as a whole, e.g. <c>cannot read 'x.py': no such file</c>.</summary>
    public static InputProblem Unreadable(string message) =>
        new(Error, null, null, message, null, $"{CliApp.ProgramName}: error: {message}\n");
}
