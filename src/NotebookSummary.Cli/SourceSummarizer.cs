using NotebookSummary.Analysis;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras;

namespace NotebookSummary.Cli;

/// <summary>Reads a Keras source into a model and summarizes it, turning every diagnostic into an <see cref="InputProblem"/>.</summary>
internal static class SourceSummarizer
{
    /// <returns>The summary, the problems, and whether the source's <c>model.summary(show_trainable=True)</c> asks
    /// for Keras 3's Trainable column.</returns>
    public static (ModelSummary? Summary, IReadOnlyList<InputProblem> Problems, bool ShowTrainable) Summarize(SourceFile file)
    {
        // What reading found is about the file's own text (for a notebook, its JSON), the rest about the code.
        var problems = file.ReadingNotes.Select(d => Problem(d, file.DisplayName, file.Text)).ToList();
        var read = KerasSource.Parse(file.Code);
        if (read.HasErrors)
        {
            // A source with errors yields a partial model (the failing call is left out): no table for it.
            problems.AddRange(read.Diagnostics.Select(d => CodeProblem(file, read, d)));
            return (null, problems, false);
        }
        var result = read.Summarize();
        problems.AddRange(result.Diagnostics.Select(d => CodeProblem(file, read, d)));
        if (result.Summary is null)
        {
            // Source that runs but builds nothing (a data-loading script, an empty file) is still a failed input;
            // the reader's note above says what it looked for.
            const string message = "nothing to summarize: no model was built";
            problems.Add(new InputProblem(InputProblem.Error, null, null, message, null, $"{file.DisplayName}: error: {message}\n"));
        }
        return (result.Summary, problems, read.Primary?.ShowTrainable == true);
    }

    private static InputProblem CodeProblem(SourceFile file, KerasReadResult read, Diagnostic d)
    {
        if (file.Notebook is not { } notebook) return Problem(d, file.DisplayName, read.Text);
        // In a notebook: the cell and its own line, shown from the cell as the user wrote it.
        var (cell, line) = notebook.Origin(d.Line);
        var local = d with { Line = line };
        string display = $"{file.DisplayName}, cell {cell}, line {line}, column {d.Column}: " +
                         $"{DiagnosticFormatter.SeverityText(d.Severity)}: {d.Message}\n" +
                         DiagnosticFormatter.Render(local, notebook.CellSource(cell));
        return new InputProblem(DiagnosticFormatter.SeverityText(d.Severity), line, d.Column, d.Message, d.Hint, display) { Cell = cell };
    }

    private static InputProblem Problem(Diagnostic d, string displayName, string text) =>
        new(DiagnosticFormatter.SeverityText(d.Severity), d.Line, d.Column, d.Message, d.Hint,
            DiagnosticFormatter.Format(d, text, displayName));
}
