using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Python;

// Calls, attributes and functions defined in the code.
internal sealed partial class Interpreter
{
    private PyValue EvalCall(CallExpr call)
    {
        // The receiver (or callee) is evaluated before the arguments, as in Python.
        var attribute = call.Callee as AttributeExpr;
        var target = Eval(attribute is null ? call.Callee : attribute.Target);
        var args = RentArguments();
        try
        {
            EvalArguments(call, args);
            return attribute is null
                ? CallValue(target, args, call, call.Callee.Span)
                : CallMethod(target, attribute.Name, args, call, attribute.NameSpan);
        }
        finally
        {
            ReturnArguments(args);
        }
    }

    // Argument buffers by level of nesting: model.add(layers.Dense(8)) fills level 0 while level 1 holds Dense's
    // arguments. A buffer is taken before its call's arguments are evaluated and given back when the call returns.
    private readonly List<ArgumentBuffer> _argumentBuffers = [];
    private int _argumentDepth;

    private ArgumentBuffer RentArguments()
    {
        if (_argumentDepth == _argumentBuffers.Count) _argumentBuffers.Add(new ArgumentBuffer());
        return _argumentBuffers[_argumentDepth++];
    }

    private void ReturnArguments(ArgumentBuffer args)
    {
        args.Clear();
        _argumentDepth--;
    }

    private void EvalArguments(CallExpr call, ArgumentBuffer args)
    {
        var arguments = call.Arguments;
        for (int i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            var value = Eval(argument.Value);
            switch (argument.Kind)
            {
                case ArgumentKind.Positional:
                    args.Add(new Arg(null, value, argument.Value.Span, argument.Value.Span));
                    break;
                case ArgumentKind.Keyword:
                    args.Add(new Arg(argument.Name, value, argument.Value.Span, argument.NameSpan));
                    break;
                case ArgumentKind.Star:
                {
                    var items = value is PyUnknown ? null : Materialize(value, argument.Value.Span);
                    if (items is null)
                    {
                        args.Add(new Arg(null, value is PyUnknown ? value : Invalid($"argument after * must be an iterable, not {value.TypeName}", argument.Value.Span),
                            argument.Value.Span, argument.Value.Span));
                        break;
                    }
                    foreach (var item in items) args.Add(new Arg(null, item, argument.Value.Span, argument.Value.Span));
                    break;
                }
                case ArgumentKind.DoubleStar:
                    if (value is PyDict dict && dict.Keys.All(k => k is PyStr))
                    {
                        foreach (var key in dict.Keys)
                            args.Add(new Arg(((PyStr)key).Value, dict.Map[key], argument.Value.Span, argument.Value.Span));
                    }
                    else
                    {
                        args.Add(new Arg("**", value is PyUnknown ? value : Invalid("argument after ** must be a mapping with string keys", argument.Value.Span),
                            argument.Value.Span, argument.NameSpan));
                    }
                    break;
            }
        }
    }

    /// <summary>Calls a value with evaluated arguments.</summary>
    /// <param name="calleeSpan">Where the callee is written (unknown layer names are reported there).</param>
    public PyValue CallValue(PyValue callee, IReadOnlyList<Arg> args, CallExpr call, TextSpan calleeSpan)
    {
        switch (callee)
        {
            case HostValue host:
                return host.Call(this, args, call, calleeSpan);
            case PyFunction function:
                return CallFunction(function, args, call);
            case PyBuiltin builtin:
                return builtin.Call(new CallContext(this, args, call, call.Span));
            case PyMethod method:
                return CallMethod(method.Receiver, method.Name, args, call, calleeSpan);
            case PyModule module:
                return Host.CallModuleFunction(module, args, call);
            case PyUnknown unknown:
                if (unknown.Cause.Kind == UnknownKind.NotDefined && call.Callee is NameExpr name && Host.UndefinedCallee(name) is { } undefined)
                    return undefined;
                return unknown;
        }
        return Invalid($"'{callee.TypeName}' object is not callable", call.Span);
    }

    /// <summary>Calls a method or a function attribute: <c>model.add(...)</c>, <c>layers.Dense(...)</c>, <c>s.format(...)</c>.</summary>
    private PyValue CallMethod(PyValue receiver, string name, IReadOnlyList<Arg> args, CallExpr call, TextSpan nameSpan)
    {
        switch (receiver)
        {
            case PyUnknown { Cause.Kind: UnknownKind.NotDefined } undefined when name == "add":
                // x.add(layer) builds a model: an undefined x is the user's mistake, not code to skip.
                Diagnostics.Error(undefined.Cause.Span, undefined.Cause.Message, "create the model first, e.g. model = Sequential()");
                return receiver;
            case PyUnknown:
                return receiver;
            case PyModule module:
                return CallValue(Host.ModuleAttribute(module, name), args, call, nameSpan);
            case HostValue host:
                return host.CallMethod(this, name, args, call, nameSpan);
            case PyStr or PyList or PyDict or PyTuple or PySet:
                return PyMethods.Call(new CallContext(this, args, call, call.Span), receiver, name);
        }
        var attribute = GetAttribute(receiver, name, call.Span);
        return attribute is PyUnknown ? attribute : CallValue(attribute, args, call, nameSpan);
    }

    /// <summary>Python's attribute lookup for the values the reader knows.</summary>
    private PyValue GetAttribute(PyValue target, string name, TextSpan span)
    {
        switch (target)
        {
            case PyUnknown:
                return target;
            case PyModule module:
                return Host.ModuleAttribute(module, name);
            case HostValue host:
                return host.GetAttribute(this, name, span);
            case PyStr or PyList or PyDict or PyTuple or PySet:
                return PyMethods.Has(target, name)
                    ? new PyMethod(target, name)
                    : Invalid($"'{target.TypeName}' object has no attribute '{name}'", span);
            case PyFunction or PyBuiltin or PyMethod:
                return NotRun(span);
        }
        return Invalid($"'{target.TypeName}' object has no attribute '{name}'", span);
    }

    // Python's attribute assignment: a library value keeps what it reads; other assignments change nothing read.
    private void SetAttribute(PyValue target, string name, PyValue value)
    {
        switch (target)
        {
            case HostValue host:
                host.SetAttribute(this, name, value);
                return;
            case PyUnknown { Cause.Kind: UnknownKind.Invalid } invalid when name is "trainable" or "name":
                // model.layers[5].trainable = False on a 2-layer model: Python stops; silently freezing nothing
                // would print counts the user believes are frozen.
                Diagnostics.Warning(invalid.Cause.Span, invalid.Cause.Message,
                    $"Python would stop here with an error; no layer's '{name}' is changed");
                return;
        }
    }

    // ---- functions defined in the code -------------------------------------------------------------

    private PyValue CallFunction(PyFunction function, IReadOnlyList<Arg> args, CallExpr call)
    {
        if (_callDepth >= ReaderLimits.MaxCallDepth)
            throw new ReaderStopException(
                $"stopped: calls nested more than {ReaderLimits.MaxCallDepth} deep (endless recursion?)", call.Span);
        Budget.Charge(1, call.Span);
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var scope = new Scope(function.Closure);
        var problem = BindParameters(function, args, scope);
        if (problem is not null) return Invalid(problem, call.Span);

        var saved = _scope;
        var savedStatement = _currentStatement;
        _scope = scope;
        _callDepth++;
        try
        {
            if (function.ExpressionBody is not null) return Eval(function.ExpressionBody);
            _returnValue = PyNone.Instance;
            var flow = ExecBlock(function.Body!);
            return flow == Flow.Return ? _returnValue : PyNone.Instance;
        }
        finally
        {
            _callDepth--;
            _scope = saved;
            _currentStatement = savedStatement;
        }
    }

    // Binds arguments to parameters as Python does; returns Python's TypeError text when they do not fit.
    private static string? BindParameters(PyFunction function, IReadOnlyList<Arg> args, Scope scope)
    {
        var parameters = function.Parameters;
        var bound = new bool[parameters.Count];
        var extraPositional = new List<PyValue>();
        int next = 0;
        foreach (var arg in args)
        {
            if (arg.Name is not null) continue;
            while (next < parameters.Count && parameters[next].Kind != ParameterKind.Normal) next++;
            if (next < parameters.Count && parameters.Take(next).All(p => p.Kind == ParameterKind.Normal))
            {
                scope.Set(parameters[next].Name, arg.Value);
                bound[next++] = true;
            }
            else
            {
                extraPositional.Add(arg.Value);
            }
        }
        var extraKeywords = new PyDict();
        foreach (var arg in args)
        {
            if (arg.Name is null) continue;
            if (arg.Name == "**") return "argument after ** must be a mapping";
            int index = -1;
            for (int i = 0; i < parameters.Count; i++)
                if (parameters[i].Name == arg.Name && parameters[i].Kind is ParameterKind.Normal or ParameterKind.KeywordOnly) index = i;
            if (index < 0)
            {
                extraKeywords.Set(new PyStr(arg.Name), arg.Value);
                continue;
            }
            if (bound[index]) return $"{function.Name}() got multiple values for argument '{arg.Name}'";
            scope.Set(arg.Name, arg.Value);
            bound[index] = true;
        }
        for (int i = 0; i < parameters.Count; i++)
        {
            var p = parameters[i];
            switch (p.Kind)
            {
                case ParameterKind.VarPositional:
                    scope.Set(p.Name, new PyTuple(extraPositional.ToArray()));
                    extraPositional.Clear();
                    break;
                case ParameterKind.VarKeyword:
                    scope.Set(p.Name, extraKeywords);
                    extraKeywords = new PyDict();
                    break;
                default:
                    if (bound[i]) break;
                    if (function.Defaults[i] is { } d) scope.Set(p.Name, d);
                    else return $"{function.Name}() missing 1 required argument: '{p.Name}'";
                    break;
            }
        }
        if (extraPositional.Count > 0) return $"{function.Name}() takes fewer positional arguments than were given";
        if (extraKeywords.Keys.Count > 0)
            return $"{function.Name}() got an unexpected keyword argument '{((PyStr)extraKeywords.Keys[0]).Value}'";
        return null;
    }
}
