using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Python;

/// <summary>
/// Runs the parsed Python the way CPython would, as far as a model definition needs: variables, arithmetic,
/// containers, loops, conditions, functions and imports. It knows no Keras: a library value (<see cref="HostValue"/>)
/// answers calls, attributes and operators itself, and the host (<see cref="IPythonHost"/>) says what module paths
/// hold. What it cannot compute (data loading, library calls) becomes an unknown value that only matters if it
/// reaches a layer. It never throws: limits stop the run with a diagnostic.
/// </summary>
internal sealed partial class Interpreter : IPythonRuntime
{
    private readonly HashSet<string> _noted = new(StringComparer.Ordinal);
    private Scope _scope;
    private int _callDepth;
    private PyValue _returnValue = PyNone.Instance;
    private TextSpan _currentStatement;

    /// <param name="host">Makes the library side of this run (the Keras objects) for the interpreter.</param>
    public Interpreter(PythonSession session, SourceText source, DiagnosticBag diagnostics, Func<IPythonRuntime, IPythonHost> host)
    {
        Session = session;
        Source = source;
        Diagnostics = diagnostics;
        _scope = session.Globals;
        RunId = ++session.Runs;
        Host = host(this);
    }

    public PythonSession Session { get; }
    public SourceText Source { get; }
    public DiagnosticBag Diagnostics { get; }
    public WorkBudget Budget { get; } = new();
    public int RunId { get; }
    public IPythonHost Host { get; }
    public TextSpan CurrentStatement => _currentStatement;

    /// <summary>Runs the statements; limits and internal failures become diagnostics.</summary>
    public void Run(IEnumerable<IReadOnlyList<StmtNode>> statements)
    {
        try
        {
            foreach (var group in statements)
                if (ExecBlock(group) != Flow.Normal) break;
        }
        catch (ReaderStopException e)
        {
            Diagnostics.Error(e.Span, e.Message, e.Hint);
        }
        catch (InsufficientExecutionStackException)
        {
            Diagnostics.Error(_currentStatement, "stopped: the code nests calls or expressions too deeply for the reader");
        }
        Host.EndRun();
    }

    // ---- unknown values ----------------------------------------------------------------------------

    /// <summary>The value of an expression the reader does not run (a library call, loaded data).</summary>
    public PyUnknown NotRun(TextSpan span) => new(new UnknownCause(UnknownKind.NotRun, Excerpt(span), span));

    public static PyUnknown Invalid(string message, TextSpan span, string? hint = null) =>
        new(new UnknownCause(UnknownKind.Invalid, message, span, hint));

    /// <summary>The source text of a span on one line, shortened for messages: <c>x_train.shape[1:]</c>.</summary>
    public string Excerpt(TextSpan span)
    {
        if (span.Start >= Source.Length) return "";
        var text = Source[new TextSpan(span.Start, Math.Min(span.Length, 200))];
        text = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 48 ? text[..47] + "…" : text;
    }

    public int LineOf(TextSpan span) => Source.LineColumn(span.Start).Line;

    /// <summary>An informational note given once per key in a run.</summary>
    public void NoteOnce(string key, TextSpan span, string message, string? hint = null)
    {
        if (_noted.Add(key)) Diagnostics.Info(span, message, hint);
    }

    /// <summary>Reports why an unknown value cannot be used where a layer or a layer argument needs a value.</summary>
    /// <param name="value">The unknown value.</param>
    /// <param name="at">Where the value is used (the argument).</param>
    /// <param name="what">What needs it, e.g. <c>Conv2D argument 'input_shape'</c> or <c>model.add()</c>.</param>
    public void ReportUnknown(PyUnknown value, TextSpan at, string what)
    {
        var cause = value.Cause;
        switch (cause.Kind)
        {
            case UnknownKind.Reported:
                return;
            case UnknownKind.NotDefined:
            case UnknownKind.UnknownLayer:
                Diagnostics.Error(cause.Span, cause.Message, cause.Hint);
                return;
            case UnknownKind.Invalid:
                Diagnostics.Error(cause.Span, $"{what}: {cause.Message}", cause.Hint);
                return;
            default:
                Diagnostics.Error(at, cause.Span.Start == at.Start && cause.Span.Length == at.Length
                        ? $"{what} cannot be read: '{cause.Message}' is only known when the code runs"
                        : $"{what} cannot be read: it depends on '{cause.Message}' (line {LineOf(cause.Span)}), which is only known when the code runs",
                    "the reader does not run data loading or library calls; write the value as a number");
                return;
        }
    }
}
