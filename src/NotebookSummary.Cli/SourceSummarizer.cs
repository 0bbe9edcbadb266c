using NotebookSummary.Analysis;
using NotebookSummary.Keras;

namespace NotebookSummary.Cli;

/// <summary>Reads a Keras source into a model and summarizes it, turning every diagnostic into an <see cref="InputProblem"/>.</summary>
internal static class SourceSummarizer
{
    /// <returns>The summary, the problems, and whether the source's <c>model.summary(show_trainable=True)</c> asks
    /// for Keras 3's Trainable column.</returns>
    public static (ModelSummary? Summary, IReadOnlyList<InputProblem> Problems, bool ShowTrainable) Summarize(SourceFile file)
    {
        var read = KerasSource.Parse(file.Text);
        if (read.HasErrors)
            // A source with errors yields a partial model (the failing call is left out): no table for it.
            return (null, Problems(file, read, read.Diagnostics), false);
        var result = read.Summarize();
        var problems = Problems(file, read, result.Diagnostics);
        if (result.Summary is null)
        {
            // Source that runs but builds nothing (a data-loading script, an empty file) is still a failed input;
            // the reader's note above says what it looked for.
            const string message = "nothing to summarize: no model was built";
            problems.Add(new InputProblem(InputProblem.Error, null, null, message, null, $"{file.DisplayName}: error: {message}\n"));
        }
        return (result.Summary, problems, read.Primary?.ShowTrainable == true);
    }

    private static List<InputProblem> Problems(SourceFile file, KerasReadResult read, IReadOnlyList<Diagnostic> diagnostics)
    {
        var problems = new List<InputProblem>(diagnostics.Count + 1);
        foreach (var d in diagnostics)
        {
            string severity = DiagnosticFormatter.SeverityText(d.Severity);
            problems.Add(new InputProblem(severity, d.Line, d.Column, d.Message, d.Hint,
                DiagnosticFormatter.Format(d, read.Text, file.DisplayName)));
        }
        return problems;
    }
}
