using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Python;

/// <summary>One evaluated argument: its keyword (null when positional), value and where both are written.</summary>
internal readonly record struct Arg(string? Name, PyValue Value, TextSpan Span, TextSpan NameSpan);

/// <summary>What a built-in function or method sees: the interpreter, the evaluated arguments and the call.</summary>
internal sealed class CallContext(IPythonRuntime interpreter, IReadOnlyList<Arg> args, CallExpr? call, TextSpan span)
{
    public IPythonRuntime Interpreter { get; } = interpreter;
    public IReadOnlyList<Arg> Args { get; } = args;
    public CallExpr? Call { get; } = call;
    public TextSpan Span { get; } = span;

    public IEnumerable<Arg> Positional => Args.Where(a => a.Name is null);

    public int PositionalCount
    {
        get
        {
            int n = 0;
            foreach (var a in Args) if (a.Name is null) n++;
            return n;
        }
    }

    /// <summary>Positional argument <paramref name="index"/>, else the keyword <paramref name="keyword"/>, else null.</summary>
    public PyValue? Get(int index, string? keyword = null)
    {
        int n = 0;
        foreach (var a in Args)
        {
            if (a.Name is null)
            {
                if (n == index) return a.Value;
                n++;
            }
        }
        if (keyword is not null)
            foreach (var a in Args)
                if (a.Name == keyword) return a.Value;
        return null;
    }

    /// <summary>Charges work proportional to the size of what the call reads or builds.</summary>
    public void Charge(long units) => Interpreter.Budget.Charge(units, Span);

    /// <summary>The value that stands for "the result of this call is not computed".</summary>
    public PyUnknown NotRun() => Interpreter.NotRun(Span);

    public PyUnknown Invalid(string message) => new(new UnknownCause(UnknownKind.Invalid, message, Span));
}
