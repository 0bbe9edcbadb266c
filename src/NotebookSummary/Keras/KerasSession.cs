using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Objects;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras;

/// <summary>
/// Reads notebook cells one after another, like a Python kernel: variables, imports and models defined by one
/// cell are there for the next (<c>num_classes = 10</c> in cell 14, <c>Dense(num_classes)</c> in cell 37).
/// Each <see cref="Read(string?)"/> reports the diagnostics of that cell, with lines counted within it.
/// </summary>
public sealed class KerasSession
{
    private readonly SessionState _state;

    // Below this size a text is checked for syntax errors before it runs, so an error at the end is reported at once
    // even after an endless loop; above it a throwaway read runs while parsing, which halves the parsing work.
    private const int StreamingThreshold = 64 * 1024;

    /// <summary>A session that knows the layers of <paramref name="catalog"/> (by default, the library's own).</summary>
    public KerasSession(LayerCatalog? catalog = null) => _state = new SessionState(catalog ?? LayerCatalog.Default);

    /// <summary>Reads and runs one cell. Never throws; problems are diagnostics.</summary>
    public KerasReadResult Read(string? text) => Read(text, throwaway: false);

    /// <param name="text">The code.</param>
    /// <param name="throwaway">True when the session is used for this one text only (KerasSource.Parse): then the
    /// code runs while it is parsed, and a syntax error further on discards what ran — which is only correct because
    /// nothing else will ever see the session.</param>
    internal KerasReadResult Read(string? text, bool throwaway)
    {
        var source = new SourceText(text ?? "");
        var diagnostics = new DiagnosticBag(source);
        int runBefore = _state.Python.Runs;
        int summaryBefore = _state.SummaryCounter;
        if (source.Length > ReaderLimits.MaxSourceLength)
        {
            diagnostics.Error(new TextSpan(0, 1),
                $"the source is {KerasNumbers.Count(source.Length)} characters long; the reader reads at most {KerasNumbers.Count(ReaderLimits.MaxSourceLength)}",
                "paste the cell that defines the model");
            _state.Python.Runs++;
            return new KerasReadResult(source, [], null, diagnostics.Items);
        }
        try
        {
            // Python runs nothing of a cell with a syntax error. A session that lives on (or a small text) is checked
            // whole first and then run; a large throwaway text runs statements as they are parsed and drops everything
            // if a syntax error turns up. Either way statements are parsed and dropped one at a time, so a large model
            // never holds all its syntax trees at once (which the garbage collector would copy again and again).
            try
            {
                if (throwaway && source.Length > StreamingThreshold)
                {
                    using var statements = Parser.ParseStatements(source).GetEnumerator();
                    new Interpreter(_state.Python, source, diagnostics, py => new KerasObjects(py, _state)).Run(Remaining(statements));
                    while (statements.MoveNext()) { } // a run stopped by a limit: the rest must still parse
                }
                else
                {
                    foreach (var _ in Parser.ParseStatements(source)) { }
                }
            }
            catch (SyntaxErrorException e)
            {
                var syntax = new DiagnosticBag(source);
                syntax.Error(e.Span, e.Message, e.Hint);
                _state.Python.Runs = runBefore + 1;
                return new KerasReadResult(source, [], null, syntax.Items);
            }
            if (!throwaway || source.Length <= StreamingThreshold)
                new Interpreter(_state.Python, source, diagnostics, py => new KerasObjects(py, _state)).Run(Parser.ParseStatements(source));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A safety net: the reader is written not to throw, and tests check that this never happens.
            diagnostics.Error(new TextSpan(0, 1), $"internal error in the Keras reader: {e.GetType().Name}: {e.Message}");
        }
        return Result(source, diagnostics, runBefore + 1, summaryBefore);
    }

    private static IEnumerable<IReadOnlyList<StmtNode>> Remaining(IEnumerator<IReadOnlyList<StmtNode>> statements)
    {
        while (statements.MoveNext()) yield return statements.Current;
    }

    private KerasReadResult Result(SourceText source, DiagnosticBag diagnostics, int run, int summaryBefore)
    {
        var states = _state.Models.Where(m => m.LastRun == run).OrderBy(m => m.Order).ToList();
        var models = states.Select(s => new KerasModel(s.Functional is null ? s.ToSequential() : null, s.Functional, s.Variable, s.Location,
            s.SummaryOrder > summaryBefore, !s.Broken) { ShowTrainable = s.SummaryOrder > summaryBefore && s.ShowTrainable }).ToList();

        KerasModel? primary = null;
        int bestSummary = summaryBefore;
        for (int i = 0; i < states.Count; i++)
            if (states[i].SummaryOrder > bestSummary)
            {
                bestSummary = states[i].SummaryOrder;
                primary = models[i];
            }
        primary ??= models.LastOrDefault(m => m.HasLayers) ?? models.LastOrDefault();

        if (primary is null && !diagnostics.HasErrors && source.Length > 0 && _state.Models.Count == 0)
            diagnostics.Info(new TextSpan(0, 1), "the code builds no model",
                "the reader looks for Sequential() / keras.Sequential([...]) and model.add(...), and keras.Model(inputs, outputs)");
        return new KerasReadResult(source, models, primary, diagnostics.Items);
    }
}
