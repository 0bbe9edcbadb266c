using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Objects;

/// <summary>
/// The Keras side of one run: what the Keras values (<see cref="LayerClassValue"/>, <see cref="ModelValue"/>,
/// <see cref="TensorValue"/>, ...) do when Python asks them, what Keras's module paths hold, and the names
/// tutorials use without importing them. The interpreter knows none of this: it asks through
/// <see cref="IPythonHost"/> and the values' <see cref="HostValue"/> methods. Binding a layer's arguments sees
/// only the <see cref="IBindingContext"/> this provides.
/// </summary>
internal sealed partial class KerasObjects(IPythonRuntime py, SessionState session) : IPythonHost, IBindingContext
{
    private readonly ImplicitImports _implicitImports = new();
    private int _layersCreated;

    /// <summary>The Keras objects of the run <paramref name="runtime"/> is running.</summary>
    public static KerasObjects Of(IPythonRuntime runtime) => (KerasObjects)runtime.Host;

    // What the Keras code asks of the running Python (kept by these names so the code reads as Python's).
    private SessionState Session => session;
    private SourceText Source => py.Source;
    private WorkBudget Budget => py.Budget;
    private int RunId => py.RunId;
    private TextSpan _currentStatement => py.CurrentStatement;
    public DiagnosticBag Diagnostics => py.Diagnostics;
    private PyUnknown NotRun(TextSpan span) => py.NotRun(span);
    private static PyUnknown Invalid(string message, TextSpan span, string? hint = null) => Interpreter.Invalid(message, span, hint);
    private string Excerpt(TextSpan span) => py.Excerpt(span);
    private void NoteOnce(string key, TextSpan span, string message, string? hint = null) => py.NoteOnce(key, span, message, hint);
    public void ReportUnknown(PyUnknown value, TextSpan at, string what) => py.ReportUnknown(value, at, what);
    private List<PyValue>? Materialize(PyValue value, TextSpan span) => py.Materialize(value, span);
    private PyValue Eval(ExprNode node) => py.Eval(node);

    string IBindingContext.ImageDataFormat => Session.ImageDataFormat;

    SourceLocation IBindingContext.Locate(TextSpan span)
    {
        // A loop body makes its layers at the same few places again and again: they share their (immutable)
        // locations instead of each layer carrying its own copy to the end of the run.
        ref var known = ref _locations[(span.Start ^ (span.Length << 4)) & (_locations.Length - 1)];
        if (known.Location is not { } location || known.Span != span)
        {
            location = Source.Location(span);
            known = (span, location);
        }
        return location;
    }

    private readonly (TextSpan Span, SourceLocation? Location)[] _locations = new (TextSpan, SourceLocation?)[16];

    // ---- IPythonHost ------------------------------------------------------------------------------

    PyValue IPythonHost.ModuleAttribute(PyModule module, string name) => ModuleAttribute(module, name);

    PyValue IPythonHost.CallModuleFunction(PyModule module, IReadOnlyList<Arg> args, CallExpr call) => CallModuleFunction(module, args, call);

    void IPythonHost.StarImported(PyModule module)
    {
        if (KerasPathOf(module) is { } keras && (KerasModules.IsLayersModule(keras) || keras is "keras" or "keras.models"))
            Session.LayersStarImported = true;
    }

    // Names tutorials use without importing them: read them as Keras would mean them, and say so.
    PyValue? IPythonHost.ImplicitName(NameExpr n)
    {
        if (Session.LayerClass(n.Name) is { } layerClass)
        {
            if (!Session.LayersStarImported) _implicitImports.LayerClass(n.Name, n.Span, Diagnostics.Items.Count);
            return layerClass;
        }
        if (n.Name == "Sequential")
        {
            if (!Session.LayersStarImported) _implicitImports.Sequential(n.Span, Diagnostics.Items.Count);
            return new ModelClassValue(ModelClassKind.Sequential);
        }
        if (KerasModules.ImplicitModule(n.Name) is { } path)
        {
            _implicitImports.Module(n.Name, path, n.Span, Diagnostics.Items.Count);
            return new PyModule(path, imported: true);
        }
        return null;
    }

    PyUnknown? IPythonHost.UndefinedCallee(NameExpr name) =>
        LooksLikeLayer(name.Name) ? UnknownLayer(name.Name, name.Span) : null;

    bool IPythonHost.RefusesClass(ClassDefStmt s)
    {
        if (!SubclassesKerasModel(s)) return false;
        Diagnostics.Error(s.NameSpan,
            $"class '{s.Name}' subclasses keras.Model: its layers are connected in call(), which only running it reveals, so the reader cannot summarize it",
            "build the model with the functional API (keras.Input, layers called on tensors, keras.Model(inputs, outputs)), or build it in Python (call it once on data) and call summary() there");
        return true;
    }

    void IPythonHost.EndRun() => _implicitImports.Report(Diagnostics);

    // Where a module path points inside Keras (tensorflow.keras.layers → keras.layers), worked out once per module.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyModule, string> KerasPaths = new();

    /// <summary>The canonical Keras path of <paramref name="module"/> (<c>keras.layers</c>), or null outside Keras.</summary>
    internal static string? KerasPathOf(PyModule module)
    {
        var path = KerasPaths.GetValue(module, static m => KerasModules.Canonical(m.Path) ?? "");
        return path.Length == 0 ? null : path;
    }

    private bool LooksLikeLayer(string name) =>
        (name.Length > 0 && char.IsUpper(name[0])) || Session.SuggestLayer(name) is not null;

    /// <summary>The value of calling a name that is not a known layer: reported if it reaches a model.</summary>
    public PyUnknown UnknownLayer(string name, TextSpan span)
    {
        if (KerasLayerNames.IsKerasLayer(name))
            return new PyUnknown(new UnknownCause(UnknownKind.UnknownLayer,
                $"'{name}' is a Keras layer the reader does not support yet", span,
                "remove it (and what depends on it) to summarize the rest of the model"));
        string? suggestion = Session.SuggestLayer(name);
        return new PyUnknown(new UnknownCause(UnknownKind.UnknownLayer,
            $"unknown layer '{name}'{DidYouMean.Suffix(suggestion)}", span,
            suggestion is null ? "the reader knows the Keras layers listed by LayerCatalog.Default.ClassNames" : null));
    }
}
