using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Diagnostics;

/// <summary>
/// Collects diagnostics while reading, in source order of discovery. Keeps at most
/// <see cref="ReaderLimits.MaxDiagnostics"/> (then one error says more were dropped) and reports an identical
/// message at the same place only once, so a loop does not repeat a note a thousand times.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<(int, int, string)> _seen = [];
    private readonly List<(string Key, int At)> _once = [];
    private readonly HashSet<string> _onceKeys = new(StringComparer.Ordinal);
    private bool _truncated;

    public DiagnosticBag(SourceText source) => Source = source;

    public SourceText Source { get; }

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors { get; private set; }

    public void Error(TextSpan span, string message, string? hint = null) => Add(DiagnosticSeverity.Error, span, message, hint);
    public void Warning(TextSpan span, string message, string? hint = null) => Add(DiagnosticSeverity.Warning, span, message, hint);
    public void Info(TextSpan span, string message, string? hint = null) => Add(DiagnosticSeverity.Info, span, message, hint);

    /// <summary>A note given only the first time for <paramref name="key"/> (e.g. one per Keras 1 spelling).</summary>
    public void InfoOnce(string key, TextSpan span, string message, string? hint = null)
    {
        if (!_onceKeys.Add(key)) return;
        _once.Add((key, _items.Count));
        Info(span, message, hint);
    }

    public void Add(DiagnosticSeverity severity, TextSpan span, string message, string? hint = null)
    {
        var (line, column) = Source.LineColumn(span.Start);
        Add(new Diagnostic
        {
            Severity = severity, Line = line, Column = column, Length = Math.Max(1, span.Length),
            Message = message, Hint = hint,
        });
    }

    /// <summary>
    /// A note placed among the diagnostics already found, at <paramref name="index"/> (a count of
    /// <see cref="Items"/> taken earlier): for a note whose text is known only once the run is over, such as how
    /// often a name was used. Only after the run: later rollbacks would not know of it.
    /// </summary>
    public void InsertInfo(int index, TextSpan span, string message, string? hint)
    {
        var (line, column) = Source.LineColumn(span.Start);
        if (!_seen.Add((line, column, message))) return;
        _items.Insert(Math.Min(index, _items.Count), new Diagnostic
        {
            Severity = DiagnosticSeverity.Info, Line = line, Column = column, Length = Math.Max(1, span.Length),
            Message = message, Hint = hint,
        });
    }

    /// <summary>A point to roll back to (trying one constructor overload after another).</summary>
    public (int Count, bool HasErrors, bool Truncated) Mark() => (_items.Count, HasErrors, _truncated);

    /// <summary>Forgets the diagnostics added since <paramref name="mark"/>.</summary>
    public void Rollback((int Count, bool HasErrors, bool Truncated) mark)
    {
        for (int i = _items.Count - 1; i >= mark.Count; i--)
        {
            var d = _items[i];
            _seen.Remove((d.Line, d.Column, d.Message));
            _items.RemoveAt(i);
        }
        for (int i = _once.Count - 1; i >= 0 && _once[i].At >= mark.Count; i--)
        {
            _onceKeys.Remove(_once[i].Key);
            _once.RemoveAt(i);
        }
        HasErrors = mark.HasErrors;
        _truncated = mark.Truncated;
    }

    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.IsError) HasErrors = true;
        if (!_seen.Add((diagnostic.Line, diagnostic.Column, diagnostic.Message))) return;
        if (_items.Count >= ReaderLimits.MaxDiagnostics)
        {
            if (_truncated) return;
            _truncated = true;
            _items.Add(diagnostic with
            {
                Severity = DiagnosticSeverity.Error,
                Message = $"more than {ReaderLimits.MaxDiagnostics} diagnostics; the rest are not shown",
                Hint = null,
            });
            return;
        }
        _items.Add(diagnostic);
    }
}
