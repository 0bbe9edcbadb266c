using NotebookSummary.Keras.Syntax;

namespace NotebookSummary.Keras.Runtime;

// Calls, attributes and functions defined in the code.
internal sealed partial class Interpreter
{
    private PyValue EvalCall(CallExpr call)
    {
        if (call.Callee is AttributeExpr attribute)
        {
            var receiver = Eval(attribute.Target);
            var args = EvalArguments(call);
            return CallMethod(receiver, attribute.Name, args, call, attribute.NameSpan);
        }
        var callee = Eval(call.Callee);
        return CallValue(callee, EvalArguments(call), call, call.Callee.Span);
    }

    private IReadOnlyList<Arg> EvalArguments(CallExpr call)
    {
        var arguments = call.Arguments;
        bool simple = true;
        for (int i = 0; i < arguments.Count; i++) simple &= arguments[i].Kind is ArgumentKind.Positional or ArgumentKind.Keyword;
        if (simple)
        {
            // The usual call: one value per argument, no unpacking.
            if (arguments.Count == 0) return [];
            var values = new Arg[arguments.Count];
            for (int i = 0; i < values.Length; i++)
            {
                var a = arguments[i];
                values[i] = new Arg(a.Name, Eval(a.Value), a.Value.Span, a.Kind == ArgumentKind.Keyword ? a.NameSpan : a.Value.Span);
            }
            return values;
        }
        var args = new List<Arg>(call.Arguments.Count);
        foreach (var argument in call.Arguments)
        {
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
        return args;
    }

    /// <summary>Calls a value with evaluated arguments.</summary>
    /// <param name="calleeSpan">Where the callee is written (unknown layer names are reported there).</param>
    public PyValue CallValue(PyValue callee, IReadOnlyList<Arg> args, CallExpr call, TextSpan calleeSpan)
    {
        switch (callee)
        {
            case LayerClassValue layerClass:
                return CreateLayer(layerClass, args, call, calleeSpan);
            case UnknownLayerClass unknownClass:
                return UnknownLayer(unknownClass.Name, calleeSpan);
            case ModelClassValue modelClass:
                return CreateModel(modelClass.Kind, args, call);
            case PyFunction function:
                return CallFunction(function, args, call);
            case PyBuiltin builtin:
                return builtin.Call(new CallContext(this, args, call, call.Span));
            case PyMethod method:
                return CallMethod(method.Receiver, method.Name, args, call, calleeSpan);
            case PyModule module:
                return CallModuleFunction(module, args, call);
            case PyUnknown unknown:
                if (unknown.Cause.Kind == UnknownKind.NotDefined && call.Callee is NameExpr name && LooksLikeLayer(name.Name))
                    return UnknownLayer(name.Name, name.Span);
                return unknown;
            case LayerValue or ModelValue:
                return CallOnTensors(callee, args, call);
        }
        return Invalid($"'{callee.TypeName}' object is not callable", call.Span);
    }

    private bool LooksLikeLayer(string name) =>
        (name.Length > 0 && char.IsUpper(name[0])) || Session.SuggestLayer(name) is not null;

    /// <summary>The value of calling a name that is not a known layer: reported if it reaches a model.</summary>
    public PyUnknown UnknownLayer(string name, TextSpan span)
    {
        if (Binding.KerasLayerNames.IsKerasLayer(name))
            return new PyUnknown(new UnknownCause(UnknownKind.UnknownLayer,
                $"'{name}' is a Keras layer the reader does not support yet", span,
                "remove it (and what depends on it) to summarize the rest of the model"));
        string? suggestion = Session.SuggestLayer(name);
        return new PyUnknown(new UnknownCause(UnknownKind.UnknownLayer,
            $"unknown layer '{name}'{DidYouMean.Suffix(suggestion)}", span,
            suggestion is null ? "the reader knows the Keras layers listed by LayerCatalog.Default.ClassNames" : null));
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
                return CallValue(ModuleAttribute(module, name), args, call, nameSpan);
            case ModelValue model:
                return CallModelMethod(model, name, args, call);
            case LayerValue:
                return NotRun(call.Span);
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
                return ModuleAttribute(module, name);
            case ModelValue { State.Functional: not null } functional:
                return FunctionalModelAttribute(functional, name, span);
            case TensorValue tensor:
                return TensorAttribute(tensor.Tensor, name, span);
            case LayerValue { Layer: Input input } when name is "shape" or "dtype":
                return TensorAttribute(input.Output, name, span);
            case ModelValue model:
                return name switch
                {
                    "layers" => new PyList(model.State.KerasLayers.Select(l => (PyValue)l).ToList()),
                    "name" => new PyStr(model.State.Name),
                    "trainable" => PyBool.Of(model.State.Layers.All(l => l.Layer.Trainable)),
                    _ => ModelMethods.Contains(name) ? new PyMethod(target, name) : NotRun(span),
                };
            case LayerValue layer:
                return name switch
                {
                    "trainable" => PyBool.Of(layer.Layer.Trainable),
                    "name" when layer.Layer.Name is { } n => new PyStr(n),
                    _ => NotRun(span),
                };
            case PyStr or PyList or PyDict or PyTuple or PySet:
                return PyMethods.Has(target, name)
                    ? new PyMethod(target, name)
                    : Invalid($"'{target.TypeName}' object has no attribute '{name}'", span);
            case PyFunction or PyBuiltin or LayerClassValue or ModelClassValue or PyMethod:
                return NotRun(span);
        }
        return Invalid($"'{target.TypeName}' object has no attribute '{name}'", span);
    }

    // Attributes the reader keeps: trainable and name of layers and models; other assignments change nothing it reads.
    // A layer changes by a changed copy, so models and summaries returned by earlier cells keep what they showed.
    private void SetAttribute(PyValue target, string name, PyValue value)
    {
        if (name is "trainable" or "name") WarnIfAlreadyCalled(target, name);
        switch (target)
        {
            case LayerValue layer when name == "trainable" && PyOps.Truthy(value) is { } trainable:
                layer.Change(settings => settings with { Trainable = trainable });
                return;
            case LayerValue layer when name == "name" && value is PyStr s:
                layer.Change(settings => settings with { Name = s.Value });
                return;
            case ModelValue { State.Functional: { } functional } model when name == "trainable" && PyOps.Truthy(value) is { } trainable:
                // The model is frozen as a whole (its row shows N); calls of it made from now on see it frozen.
                model.State.Functional = functional.WithTrainable(trainable);
                Session.Objects.AddOrUpdate(model.State.Functional.AsLayer, model);
                model.State.LastRun = RunId;
                return;
            case ModelValue model when name == "trainable" && PyOps.Truthy(value) is { } trainable:
                model.State.Trainable = trainable;
                foreach (var l in model.State.Layers) l.Change(settings => settings with { Trainable = trainable });
                model.State.LastRun = RunId;
                return;
            case ModelValue model when name == "name" && value is PyStr s:
                model.State.Name = s.Value;
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
