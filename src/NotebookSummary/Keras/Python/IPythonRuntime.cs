using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Python;

/// <summary>
/// What a host value (<see cref="HostValue"/>) and the host (<see cref="IPythonHost"/>) may ask of the running
/// Python: where to report, the source, the work budget, and Python's own operations (iterate a value, call one,
/// evaluate an expression). The interpreter provides it; the Keras objects never see the interpreter.
/// </summary>
internal interface IPythonRuntime
{
    SourceText Source { get; }
    DiagnosticBag Diagnostics { get; }
    WorkBudget Budget { get; }

    /// <summary>The current run's id (a cell of a session).</summary>
    int RunId { get; }

    /// <summary>The statement running now (warnings about it point there).</summary>
    TextSpan CurrentStatement { get; }

    /// <summary>The host of this run (the Keras objects), made once per run.</summary>
    IPythonHost Host { get; }

    PyUnknown NotRun(TextSpan span);
    string Excerpt(TextSpan span);
    int LineOf(TextSpan span);
    void NoteOnce(string key, TextSpan span, string message, string? hint = null);
    void ReportUnknown(PyUnknown value, TextSpan at, string what);

    /// <summary>The items of an iterable (list, tuple, range, ...), or null when it is not one.</summary>
    List<PyValue>? Materialize(PyValue value, TextSpan span);

    PyValue Eval(ExprNode node);
    PyValue CallValue(PyValue callee, IReadOnlyList<Arg> args, CallExpr call, TextSpan calleeSpan);
}

/// <summary>
/// What the language asks of the library it runs against (Keras) beyond its values: what a module path holds,
/// names used without an import, classes it cannot read. The interpreter asks; it knows no Keras.
/// </summary>
internal interface IPythonHost
{
    /// <summary>The attribute <paramref name="name"/> of a module (<c>keras.layers.Dense</c>, <c>np.prod</c>).</summary>
    PyValue ModuleAttribute(PyModule module, string name);

    /// <summary>Calls a function of a module (<c>K.image_data_format()</c>, <c>ops.relu(x)</c>, <c>math.ceil(x)</c>).</summary>
    PyValue CallModuleFunction(PyModule module, IReadOnlyList<Arg> args, CallExpr call);

    /// <summary><c>from module import *</c>.</summary>
    void StarImported(PyModule module);

    /// <summary>A name never assigned, nor a built-in, that the host gives a meaning to (with a note), or null.</summary>
    PyValue? ImplicitName(NameExpr name);

    /// <summary>The value of calling a name that is not defined, when the host can say more (an unknown layer), or null.</summary>
    PyUnknown? UndefinedCallee(NameExpr name);

    /// <summary>True when a class the code defines cannot be read (a <c>keras.Model</c> subclass); the host reports it.</summary>
    bool RefusesClass(ClassDefStmt definition);

    /// <summary>Reports what the host keeps until the end of the run (notes about implicit imports).</summary>
    void EndRun();
}
