using System.Text;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Python.Values;

/// <summary>
/// A value of the library the code runs against (a Keras layer class, layer, model, tensor), which answers
/// Python's operations on it itself: the interpreter evaluates the language and asks the value. Each method's
/// default is what an object the reader does not model gives: an attribute or result that is not run.
/// </summary>
internal abstract class HostValue : PyValue
{
    /// <summary>The library object the value stands for (a layer), for a library function given it as an argument.</summary>
    public virtual object? HostObject => null;

    /// <summary>The name a library reads when the value is passed as a function (<c>activation=layers.ReLU</c>), or null.</summary>
    public virtual string? CallableName => null;

    /// <summary><c>value.name</c>.</summary>
    public virtual PyValue GetAttribute(IPythonRuntime py, string name, TextSpan span) => py.NotRun(span);

    /// <summary><c>value.name = assigned</c> (nothing else the reader reads changes, by default).</summary>
    public virtual void SetAttribute(IPythonRuntime py, string name, PyValue assigned) { }

    /// <summary><c>value.name(args)</c>: by default the attribute, called.</summary>
    public virtual PyValue CallMethod(IPythonRuntime py, string name, IReadOnlyList<Arg> args, CallExpr call, TextSpan nameSpan)
    {
        var attribute = GetAttribute(py, name, call.Span);
        return attribute is PyUnknown ? attribute : py.CallValue(attribute, args, call, nameSpan);
    }

    /// <summary><c>value(args)</c>.</summary>
    public virtual PyValue Call(IPythonRuntime py, IReadOnlyList<Arg> args, CallExpr call, TextSpan calleeSpan) =>
        new PyUnknown(new UnknownCause(UnknownKind.Invalid, $"'{TypeName}' object is not callable", call.Span));

    /// <summary>An arithmetic operator with this value on either side, or null for Python's own rule.</summary>
    public virtual PyValue? Binary(IPythonRuntime py, BinaryOperator op, PyValue left, PyValue right, TextSpan span) => null;

    /// <summary>A comparison with this value on either side, or null for Python's own rule.</summary>
    public virtual PyValue? Compare(IPythonRuntime py, CompareOperator op, PyValue left, PyValue right, TextSpan span) => null;

    /// <summary><c>-value</c>, <c>+value</c>, <c>~value</c>, or null for Python's own rule.</summary>
    public virtual PyValue? Unary(IPythonRuntime py, UnaryOperator op, TextSpan span) => null;

    /// <summary><c>value[index]</c>.</summary>
    public virtual PyValue Subscript(IPythonRuntime py, PyValue index, TextSpan span) =>
        new PyUnknown(new UnknownCause(UnknownKind.Invalid, $"'{TypeName}' object is not subscriptable", span));

    /// <summary><c>len(value)</c>.</summary>
    public virtual PyValue Len(CallContext c) => c.Invalid($"object of type '{TypeName}' has no len()");

    /// <summary>Why <c>a, b = value</c> fails, when the value can say better than Python's message, or null.</summary>
    public virtual (string Message, string Hint)? CannotUnpack() => null;

    /// <summary>The value was bound to a variable (a model remembers the name it is known by).</summary>
    public virtual void AssignedTo(IPythonRuntime py, string variable) { }

    /// <summary>Python's <c>==</c> between two host values; identity unless the value says otherwise.</summary>
    public virtual bool PythonEquals(PyValue other) => ReferenceEquals(this, other);

    /// <summary>How Python prints the value (<c>repr</c>).</summary>
    public abstract void Repr(StringBuilder sb);
}
