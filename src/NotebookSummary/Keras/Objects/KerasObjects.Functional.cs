using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Objects;

// The functional API: layers and models called on tensors (keras.Input(...) is its tensor when used as one),
// keras.Model(inputs, outputs), and tensors' shapes. Every call is recorded at once with the layer's current
// description (Layer.Call), so the graph is the core's: node indices, shared layers and names are Keras's.
internal sealed partial class KerasObjects
{
    private const string CallHint = "call a layer on a tensor, e.g. x = layers.Dense(8)(inputs)";

    /// <summary>Python's <c>layer(x)</c>, <c>layer([a, b])</c>, <c>model(x, training=False)</c>.</summary>
    internal PyValue CallOnTensors(PyValue callee, IReadOnlyList<Arg> args, CallExpr call)
    {
        if (callee is LayerValue { Layer: Input })
            return Invalid("keras.Input(...) is a tensor, not a layer to call", call.Span, CallHint);
        if (callee is LayerValue { Layer: MultiHeadAttention attention })
            return CallAttention(attention, callee, args, call);
        Arg? inputs = null, initialState = null;
        foreach (var arg in args)
        {
            if (arg.Name is null or "inputs" && inputs is null) inputs = arg;
            else if (arg.Name == "initial_state" && callee is LayerValue { Layer: RnnLayer } && arg.Value is not PyNone) initialState = arg;
            else if (arg.Name is null)
                return Invalid("a layer called on several positional tensors (attention's query and value) is not read yet",
                    arg.Span, "the reader reads one tensor or one list of tensors per call");
            else if (HoldsTensor(arg.Value))
                return Invalid($"the tensor given as '{arg.Name}=' is not read yet (masks and initial states are not)", arg.NameSpan,
                    "the reader reads the tensor or list of tensors a layer is called on");
            else if (arg.Name == "return_attention_scores" && PyOps.Truthy(arg.Value) != false)
                return Invalid("return_attention_scores=True (a second output) is not read yet", arg.NameSpan);
            // training=False, mask=None and the like do not change shapes or weights.
        }
        if (inputs is not { } given) return Invalid("a layer needs a tensor to be called on", call.Span, CallHint);
        if (callee is ModelValue { State: { Functional: null, Layers.Count: 0 } })
            return Invalid("an empty Sequential cannot be called on a tensor: it has no layers yet", call.Span, "add its layers first");

        Layer layer = callee switch
        {
            LayerValue v => v.Layer,
            ModelValue { State.Functional: { } functional } => functional.AsLayer,
            _ => ((ModelValue)callee).State.AsLayer(),
        };
        KerasTensor output;
        if (initialState is { } states)
        {
            if (Tensor(given.Value) is not { } sequence) return Problem(given.Value, given.Span);
            var stateValues = states.Value is PyList or PyTuple ? Materialize(states.Value, states.Span)! : [states.Value];
            var stateTensors = Tensors(stateValues, states.Span, out var problem);
            if (problem is not null) return problem;
            output = ((RnnLayer)layer).Call(sequence, stateTensors);
        }
        else if (given.Value is PyList or PyTuple)
        {
            var tensors = Tensors(Materialize(given.Value, given.Span)!, given.Span, out var problem);
            if (problem is not null) return problem;
            if (tensors.Length == 0) return Invalid("a layer is called on at least one tensor, but the list is empty", given.Span);
            output = layer.Call(tensors);
        }
        else
        {
            if (Tensor(given.Value) is not { } tensor) return Problem(given.Value, given.Span);
            // With keyword arguments (training=False) Keras does not record the input's mask in the call.
            output = layer.Call(tensor, keywordArguments: args.Any(a => a.Name is not null));
        }
        Session.Objects.AddOrUpdate(layer, callee);
        return Outputs(layer, output, call.Span);
    }

    // A model with several outputs returns them as a list (Keras returns its output structure); a layer one tensor.
    private static PyValue Outputs(Layer layer, KerasTensor output, TextSpan span)
    {
        if (layer is FunctionalLayer { Model.Outputs.Count: > 1 and var count })
        {
            var items = new List<PyValue>(count);
            for (int i = 0; i < count; i++) items.Add(new TensorValue(output[i], span));
            return new PyList(items);
        }
        // return_state=True: [output, *states], which Python unpacks (output, h, c = lstm(x)); a Bidirectional one
        // gives [output, *forward_states, *backward_states].
        int states = layer switch
        {
            RnnLayer { ReturnState: true } rnn => rnn.StateCount,
            Bidirectional { Layer: RnnLayer { ReturnState: true } wrapped } => 2 * wrapped.StateCount,
            _ => 0,
        };
        if (states > 0)
        {
            var items = new List<PyValue>(states + 1);
            for (int i = 0; i <= states; i++) items.Add(new TensorValue(output[i], span));
            return new PyList(items);
        }
        return new TensorValue(output, span);
    }

    /// <summary>True for a tensor, and for <c>keras.Input(...)</c>, which is one in the functional API.</summary>
    private static bool IsTensor(PyValue value) => value is TensorValue or LayerValue { Layer: Input };

    /// <summary>True for a tensor, or a list or tuple holding one (<c>initial_state=[h, c]</c>, <c>ops.concatenate([x, y])</c>).</summary>
    private static bool HoldsTensor(PyValue value) =>
        IsTensor(value) || value is PyList l && l.Items.Any(IsTensor) || value is PyTuple t && t.Items.Any(IsTensor);

    /// <summary>The tensor a value stands for (an Input's own tensor for <c>keras.Input(...)</c>), or null.</summary>
    private KerasTensor? Tensor(PyValue value)
    {
        switch (value)
        {
            case TensorValue t:
                return t.Tensor;
            case LayerValue { Layer: Input input } v:
                Session.Objects.AddOrUpdate(input, v);
                return input.Output;
        }
        return null;
    }

    private KerasTensor[] Tensors(List<PyValue> values, TextSpan span, out PyValue? problem)
    {
        var tensors = new KerasTensor[values.Count];
        for (int i = 0; i < tensors.Length; i++)
        {
            if (Tensor(values[i]) is not { } tensor)
            {
                problem = Problem(values[i], span);
                return [];
            }
            tensors[i] = tensor;
        }
        problem = null;
        return tensors;
    }

    // Why a value is not a tensor: an unknown value stays what it is (it is reported where it matters).
    private static PyValue Problem(PyValue value, TextSpan span) => value switch
    {
        PyUnknown => value,
        LayerValue layer => Invalid($"a layer ({layer.Layer.ClassName}) was given where a tensor is expected", span, CallHint),
        ModelValue => Invalid("a model was given where a tensor is expected", span, "call the model on a tensor: y = model(x)"),
        _ => Invalid($"expected a tensor, but got {PyOps.Repr(value)}", span, CallHint),
    };

    // ---- keras.Model(inputs, outputs) ----------------------------------------------------------------

    private PyValue CreateFunctionalModel(IReadOnlyList<Arg> args, CallExpr call)
    {
        var ctx = new CallContext(py, args, call, call.Span);
        var inputs = ctx.Get(0, "inputs");
        var outputs = ctx.Get(1, "outputs");
        if (inputs is null && outputs is null)
        {
            NoteOnce("functional-model", call.Span, "keras.Model() without inputs and outputs builds nothing the reader can read",
                "write keras.Model(inputs=..., outputs=...)");
            return NotRun(call.Span);
        }
        foreach (var arg in args)
            if (arg.Name is not (null or "inputs" or "outputs" or "name" or "trainable"))
            {
                Diagnostics.Error(arg.NameSpan, $"unknown argument '{arg.Name}' for keras.Model" +
                    DidYouMean.Suffix(DidYouMean.Suggest(arg.Name, ["inputs", "outputs", "name", "trainable"])));
                return new PyUnknown(new UnknownCause(UnknownKind.Reported, "", call.Span));
            }
        if (inputs is null || outputs is null)
        {
            Diagnostics.Error(call.Span, $"keras.Model() is missing its '{(inputs is null ? "inputs" : "outputs")}' argument");
            return new PyUnknown(new UnknownCause(UnknownKind.Reported, "", call.Span));
        }
        var inputSpan = SpanOf(args, inputs, call.Span);
        var outputSpan = SpanOf(args, outputs, call.Span);
        var inputTensors = ModelTensors(inputs, inputSpan, "keras.Model() inputs", out _);
        var outputTensors = ModelTensors(outputs, outputSpan, "keras.Model() outputs", out var outputNames);
        if (inputTensors is null || outputTensors is null) return new PyUnknown(new UnknownCause(UnknownKind.Reported, "", call.Span));
        for (int i = 0; i < inputTensors.Length; i++)
            if (!inputTensors[i].Node.IsInput)
            {
                Diagnostics.Error(inputSpan, $"keras.Model() inputs must be keras.Input(...) tensors, but input {i} is the output of {inputTensors[i].Layer.ClassName}",
                    "pass the tensors keras.Input(...) returned");
                return new PyUnknown(new UnknownCause(UnknownKind.Reported, "", call.Span));
            }

        string? name = null;
        if (ctx.Get(2, "name") is { } given and not PyNone)
        {
            if (given is PyStr s) name = s.Value;
            else Diagnostics.Error(SpanOf(args, given, call.Span), $"the model name must be a string, but it is {PyOps.Repr(given)}");
        }
        Model model = outputNames is not null
            ? new Model(inputTensors, outputNames.Zip(outputTensors).ToDictionary(p => p.First, p => p.Second), name)
            : (inputs is TensorValue or LayerValue, outputs is TensorValue) switch
            {
                (true, true) => new Model(inputTensors[0], outputTensors[0], name),
                (true, false) => new Model(inputTensors[0], outputTensors, name),
                (false, true) => new Model(inputTensors, outputTensors[0], name),
                _ => new Model(inputTensors, outputTensors, name),
            };
        foreach (var arg in args)
            if (arg.Name == "trainable" && PyOps.Truthy(arg.Value) == false) model = model.WithTrainable(false);

        return FunctionalModelValue(model, name ?? "functional", call);
    }

    /// <summary>The code's value for a functional model it made (keras.Model(...), keras.applications.ResNet50(...)).</summary>
    private ModelValue FunctionalModelValue(Model model, string name, CallExpr call)
    {
        var state = new ModelState(name, Source.Location(call.Span), Session.Models.Count)
        {
            LastRun = RunId, Functional = model,
        };
        Session.Models.Add(state);
        var value = new ModelValue(state);
        Session.Objects.AddOrUpdate(model.AsLayer, value);
        return value;
    }

    private static TextSpan SpanOf(IReadOnlyList<Arg> args, PyValue value, TextSpan fallback)
    {
        foreach (var arg in args)
            if (ReferenceEquals(arg.Value, value)) return arg.Span;
        return fallback;
    }

    // A tensor, a list or tuple of tensors, or a dict of them (named inputs or outputs).
    private KerasTensor[]? ModelTensors(PyValue value, TextSpan span, string what, out string[]? names)
    {
        names = null;
        List<PyValue> items;
        switch (value)
        {
            case PyDict dict:
                if (dict.Keys.Any(k => k is not PyStr))
                {
                    Diagnostics.Error(span, $"{what}: the keys of a dict of tensors must be strings");
                    return null;
                }
                // Keras flattens a dict by its sorted keys (tree.flatten), inputs and outputs alike.
                var keys = dict.Keys.OrderBy(k => ((PyStr)k).Value, StringComparer.Ordinal).ToList();
                names = keys.Select(k => ((PyStr)k).Value).ToArray();
                items = keys.Select(k => dict.Map[k]).ToList();
                break;
            case PyList or PyTuple:
                items = Materialize(value, span)!;
                break;
            default:
                items = [value];
                break;
        }
        if (items.Count == 0)
        {
            Diagnostics.Error(span, $"{what}: at least one tensor is needed");
            return null;
        }
        var tensors = Tensors(items, span, out var problem);
        if (problem is null) return tensors;
        if (problem is PyUnknown unknown) ReportUnknown(unknown, span, what);
        return null;
    }

    /// <summary>True for <c>class Net(keras.Model)</c> (any spelling of Keras's Model as a base class).</summary>
    private bool SubclassesKerasModel(ClassDefStmt s)
    {
        foreach (var b in s.Bases)
            if (b.Kind == ArgumentKind.Positional && Eval(b.Value) is ModelClassValue { Kind: ModelClassKind.Functional }) return true;
        return false;
    }

    /// <summary>
    /// Warns when the code changes a layer or model it already called on tensors: the recorded calls hold the layer as
    /// it was (layers are immutable), where Keras's mutable layer would change in them too. Later calls see the change.
    /// </summary>
    private void WarnIfAlreadyCalled(PyValue target, string attribute)
    {
        var layer = target switch
        {
            LayerValue { Layer: not Input } v => v.Layer,
            ModelValue { State.Functional: { } functional } => functional.AsLayer,
            _ => null,
        };
        if (layer is null || LayerCalls.Last(layer) is null) return;
        Diagnostics.Warning(_currentStatement,
            $"'{attribute}' is set after the {(target is ModelValue ? "model" : "layer")} was called on tensors: the models built from those calls keep it as it was",
            $"set {attribute} before calling it on tensors");
    }

    // ---- tensors -------------------------------------------------------------------------------------

    /// <summary><c>x.shape</c> (a tuple, None for unknown dimensions, as Keras 3 gives it).</summary>
    internal PyValue TensorAttribute(KerasTensor tensor, string name, TextSpan span)
    {
        switch (name)
        {
            case "shape":
                try
                {
                    var dims = tensor.Shape.Dims;
                    var items = new PyValue[dims.Count];
                    for (int i = 0; i < items.Length; i++) items[i] = dims[i] is { } d ? PyInt.Of(d) : PyNone.Instance;
                    return new PyTuple(items);
                }
                catch (InvalidOperationException e)
                {
                    return Invalid($"the shape of this tensor cannot be computed: {e.Message}", span);
                }
            case "dtype":
                return new PyStr("float32");
        }
        return NotRun(span);
    }
}
