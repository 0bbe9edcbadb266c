using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;

namespace NotebookSummary.Keras.Python.Values;

/// <summary>A function defined in the code (<c>def</c> or <c>lambda</c>), with the scope it was defined in.</summary>
internal sealed class PyFunction(string name, IReadOnlyList<Parameter> parameters, IReadOnlyList<StmtNode>? body,
    ExprNode? expressionBody, Scope closure, IReadOnlyList<PyValue?> defaults) : PyValue
{
    public string Name { get; } = name;
    public IReadOnlyList<Parameter> Parameters { get; } = parameters;
    /// <summary>The statements of a <c>def</c>.</summary>
    public IReadOnlyList<StmtNode>? Body { get; } = body;
    /// <summary>The expression of a <c>lambda</c>.</summary>
    public ExprNode? ExpressionBody { get; } = expressionBody;
    public Scope Closure { get; } = closure;
    /// <summary>Default values, evaluated at definition as in Python (null where there is none).</summary>
    public IReadOnlyList<PyValue?> Defaults { get; } = defaults;
    public override string TypeName => "function";
}

/// <summary>A built-in function (<c>len</c>, <c>range</c>, ...).</summary>
internal sealed class PyBuiltin(string name, Func<CallContext, PyValue> call) : PyValue
{
    public string Name { get; } = name;
    public Func<CallContext, PyValue> Call { get; } = call;
    public override string TypeName => "builtin_function_or_method";
}

/// <summary>A method looked up on a value but not called yet (<c>f = model.add</c>).</summary>
internal sealed class PyMethod(PyValue receiver, string name) : PyValue
{
    public PyValue Receiver { get; } = receiver;
    public string Name { get; } = name;
    public override string TypeName => "method";
}
