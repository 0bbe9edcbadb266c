using System.Text;
using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Objects;

/// <summary>A Keras layer class, e.g. the value of <c>layers.Dense</c> or of <c>RNN = layers.LSTM</c>.</summary>
internal sealed class LayerClassValue(Type type, string kerasName) : HostValue
{
    public Type Type { get; } = type;
    /// <summary>The Keras name it was found by (<c>Convolution2D</c> for the alias); Keras 1 names change argument rules.</summary>
    public string KerasName { get; } = kerasName;

    /// <summary>What binding a call of the class needs to know of it, worked out once.</summary>
    public LayerClassBinding Binding { get; } = new(type, kerasName);

    public override string TypeName => "type";

    /// <summary><c>Dense(10, activation="relu")</c>: binds the arguments and creates the layer.</summary>
    public override PyValue Call(IPythonRuntime py, IReadOnlyList<Arg> args, CallExpr call, TextSpan calleeSpan) =>
        KerasObjects.Of(py).CreateLayer(this, args, call, calleeSpan);

    public override PyValue GetAttribute(IPythonRuntime py, string name, TextSpan span) => py.NotRun(span);

    /// <summary><c>activation=layers.ReLU</c>: Keras's name of the function, <c>re_lu</c>.</summary>
    public override string? CallableName => SnakeCase.OfClassName(KerasName);

    public override bool PythonEquals(PyValue other) => other is LayerClassValue c && c.Type == Type;

    public override void Repr(StringBuilder sb) => sb.Append(KerasName);
}

/// <summary>A name from a Keras layers module that is not a known layer (<c>from keras.layers import Conv2d</c>).</summary>
internal sealed class UnknownLayerClass(string name) : HostValue
{
    public string Name { get; } = name;
    public override string TypeName => "type";

    /// <summary>Creating it gives an unknown value that says, if it reaches a model, what the name may have meant.</summary>
    public override PyValue Call(IPythonRuntime py, IReadOnlyList<Arg> args, CallExpr call, TextSpan calleeSpan) =>
        KerasObjects.Of(py).UnknownLayer(Name, calleeSpan);

    public override PyValue GetAttribute(IPythonRuntime py, string name, TextSpan span) =>
        Interpreter.Invalid($"'{TypeName}' object has no attribute '{name}'", span);

    public override void Repr(StringBuilder sb) => sb.Append(Name);
}

/// <summary>
/// A layer object of the running code. Python's layer is mutable and the library's
/// <see cref="NotebookSummary.Layer"/> is not: this object is the identity (the models that hold it, the variables
/// and <c>model.layers</c> all see one object), <see cref="Layer"/> its current description. Setting an attribute
/// (<c>layer.trainable = False</c>) describes it anew with a changed copy, so a model or summary handed out before
/// keeps the layer it had.
/// </summary>
/// <remarks>One lives as long as the model that holds it, per layer: where it was written is the layer's own
/// <see cref="NotebookSummary.Layer.Source"/>, not repeated here.</remarks>
internal sealed class LayerValue(Layer layer) : HostValue
{
    // Wrappers that share this layer (TimeDistributed(layer)): a change to it is a change to them, as in Keras.
    private List<LayerValue>? _sharers;

    public Layer Layer { get; private set; } = layer;
    public override string TypeName => Layer.ClassName;

    public override object? HostObject => Layer;

    /// <summary><c>activation=layers.ReLU()</c>: the layer's default name prefix.</summary>
    public override string? CallableName => Layer.DefaultNamePrefix;

    /// <summary><c>layer(x)</c>: a call on tensors, recorded in the graph.</summary>
    public override PyValue Call(IPythonRuntime py, IReadOnlyList<Arg> args, CallExpr call, TextSpan calleeSpan) =>
        KerasObjects.Of(py).CallOnTensors(this, args, call);

    public override PyValue GetAttribute(IPythonRuntime py, string name, TextSpan span) =>
        KerasObjects.Of(py).LayerAttribute(this, name, span);

    /// <summary>A layer's methods (<c>get_weights()</c>, ...) are not run.</summary>
    public override PyValue CallMethod(IPythonRuntime py, string name, IReadOnlyList<Arg> args, CallExpr call, TextSpan nameSpan) =>
        py.NotRun(call.Span);

    public override void SetAttribute(IPythonRuntime py, string name, PyValue assigned) =>
        KerasObjects.Of(py).SetAttribute(this, name, assigned);

    // An Input used as a tensor is one: operators, slicing and its shape are the tensor's.
    public override PyValue? Binary(IPythonRuntime py, BinaryOperator op, PyValue left, PyValue right, TextSpan span) =>
        Layer is Input ? KerasObjects.Of(py).TensorArithmetic(op, left, right, span) : null;

    public override PyValue? Compare(IPythonRuntime py, CompareOperator op, PyValue left, PyValue right, TextSpan span) =>
        Layer is Input ? KerasObjects.Of(py).TensorComparison(op, left, right, span) : null;

    public override PyValue? Unary(IPythonRuntime py, UnaryOperator op, TextSpan span) =>
        Layer is Input ? KerasObjects.Of(py).TensorUnary(op, this, span) : null;

    public override PyValue Subscript(IPythonRuntime py, PyValue index, TextSpan span) =>
        Layer is Input ? TensorValue.SliceRefused(span) : py.NotRun(span);

    public override PyValue Len(CallContext c) => c.NotRun();

    public override void Repr(StringBuilder sb) => sb.Append('<').Append(Layer.ClassName).Append(" layer>");

    /// <summary>The layer with changed generic settings (<c>layer.trainable = False</c>, <c>layer.name = ...</c>).</summary>
    public void Change(Func<LayerSettings, LayerSettings> change) => Describe(Layer.With(change(Layer.Settings)));

    /// <summary>Records that <paramref name="wrapper"/>, created after this layer, wraps this very layer.</summary>
    public void SharedBy(LayerValue wrapper) => (_sharers ??= []).Add(wrapper);

    private void Describe(Layer replacement)
    {
        var original = Layer;
        if (ReferenceEquals(original, replacement)) return;
        Layer = replacement;
        if (_sharers is null) return;
        foreach (var wrapper in _sharers)
            if (wrapper.Layer is Wrapper w) wrapper.Describe(w.WithInner(original, replacement));
    }
}
