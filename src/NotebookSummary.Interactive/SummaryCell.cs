using System.Text;
using NotebookSummary.Analysis;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras;
using NotebookSummary.Rendering;

namespace NotebookSummary.Interactive;

/// <summary>
/// The <c>#!summary</c> cell, independent of any notebook kernel: Keras source and the directive's parameters in,
/// what to display (or why the cell fails) out. One instance is one notebook: like a Python kernel, it remembers
/// the variables, imports and models of earlier cells, so a cell may be just <c>model.summary()</c>.
/// </summary>
/// <remarks>
/// Which models a cell shows: those it calls <c>.summary()</c> on, in order; if it calls none, the model it is
/// about (the last one it built). A cell that only defines variables shows a short note. Errors — unreadable code,
/// an unknown layer, a model Keras would reject — fail the cell with each diagnostic's source line and caret; a
/// model Keras rejects is still shown up to the failing layer. Warnings and notes are shown without failing.
/// </remarks>
internal sealed class SummaryCell
{
    private readonly object _gate = new();
    private readonly KerasSession _session = new();

    /// <summary>The message of an empty cell.</summary>
    public const string EmptyCellMessage =
        "The #!summary cell is empty: write or paste Keras code below the #!summary line, for example\n" +
        "    model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Conv2D(32, 3), keras.layers.Flatten(), keras.layers.Dense(10)])";

    /// <summary>The note of a cell that builds, changes and summarizes no model.</summary>
    public const string NoModelNote =
        "No model in this cell; its variables are kept for the next #!summary cells.";

    /// <summary>
    /// Runs one cell. <paramref name="parameters"/> are the directive's raw parameters (see
    /// <see cref="SummaryCellOptions.Parse"/>); null means none. <paramref name="linesBefore"/> is how many lines of
    /// the notebook cell precede <paramref name="code"/> (the <c>#!summary</c> line), so that diagnostics give the
    /// line numbers the user sees. Never throws.
    /// </summary>
    public SummaryCellResult Run(string? code, IEnumerable<KeyValuePair<string, string>>? parameters = null, int linesBefore = 0)
    {
        var options = SummaryCellOptions.Parse(parameters, out var optionErrors);
        if (optionErrors.Count > 0)
            return Fail(string.Join("\n", optionErrors.Select(e => "error: " + e)));
        if (string.IsNullOrWhiteSpace(code))
            return Fail(EmptyCellMessage);

        // Blank lines in place of the lines before keep the reader's line numbers those of the whole cell.
        string cell = linesBefore > 0 ? new string('\n', linesBefore) + code : code;
        lock (_gate)
            return Run(_session.Read(cell), options);
    }

    private static SummaryCellResult Run(KerasReadResult read, SummaryCellOptions options)
    {
        if (read.HasErrors)
            return new SummaryCellResult([], Describe(read, read.Diagnostics), [], read.Diagnostics);

        var shown = read.Models.Where(m => m.SummaryRequested).ToList();
        if (shown.Count == 0 && read.Primary is { } primary) shown.Add(primary);

        var outputs = new List<CellOutput>();
        var summaries = new List<ModelSummary>();
        var modelErrors = new List<Diagnostic>();
        foreach (var model in shown)
        {
            var summarized = read.Summarize(model);
            if (summarized.Summary is { } summary)
            {
                // model.summary(show_trainable=True) in the cell asks for Keras 3's Trainable column (text format).
                var output = SummaryOutput.Render(summary, options.Format,
                    new RenderOptions { ExpandFormulas = options.ExpandFormulas, ShowTrainable = model.ShowTrainable });
                outputs.Add(new CellOutput(output.MimeType, output.Content));
                summaries.Add(summary);
            }
            if (summarized.ModelError is { } error) modelErrors.Add(error);
        }

        var diagnostics = read.Diagnostics.Concat(modelErrors).ToList();
        if (modelErrors.Count > 0)
            return new SummaryCellResult(outputs, Describe(read, diagnostics), summaries, diagnostics);

        if (read.Diagnostics.Count > 0)
            outputs.Add(new CellOutput(MimeTypes.PlainText, Describe(read, read.Diagnostics)));
        else if (shown.Count == 0)
            outputs.Add(new CellOutput(MimeTypes.PlainText, NoModelNote));
        return new SummaryCellResult(outputs, null, summaries, diagnostics);
    }

    private static SummaryCellResult Fail(string message) => new([], message, [], []);

    /// <summary>
    /// Every diagnostic as <c>error: message</c>, then its source line with a caret under the span and the hint:
    /// <code>
    /// error: unknown layer 'Conv2d' — did you mean 'Conv2D'?
    ///  4 | model.add(Conv2d(32, 3))
    ///    |           ^^^^^^
    /// </code>
    /// </summary>
    private static string Describe(KerasReadResult read, IEnumerable<Diagnostic> diagnostics)
    {
        var sb = new StringBuilder();
        foreach (var d in diagnostics)
        {
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(DiagnosticFormatter.SeverityText(d.Severity)).Append(": ").Append(d.Message).Append('\n');
            sb.Append(read.Render(d));
        }
        return sb.ToString().TrimEnd('\n');
    }
}
