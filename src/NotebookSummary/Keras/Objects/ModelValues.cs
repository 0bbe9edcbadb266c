using System.Text;
using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Objects;

/// <summary>What a model class builds.</summary>
internal enum ModelClassKind
{
    /// <summary><c>keras.Sequential</c>.</summary>
    Sequential,
    /// <summary>convnet_drawer's <c>Model(input_shape=...)</c>: a Sequential with an Input.</summary>
    DrawerModel,
    /// <summary><c>keras.Model</c>: the functional API (<c>keras.Model(inputs, outputs)</c>).</summary>
    Functional,
}

/// <summary><c>Sequential</c>, convnet_drawer's <c>Model</c>, or Keras's functional <c>Model</c>.</summary>
internal sealed class ModelClassValue(ModelClassKind kind) : HostValue
{
    public ModelClassKind Kind { get; } = kind;
    public override string TypeName => "type";

    /// <summary><c>Sequential([...])</c>, <c>keras.Model(inputs, outputs)</c>: makes the model.</summary>
    public override PyValue Call(IPythonRuntime py, IReadOnlyList<Arg> args, CallExpr call, TextSpan calleeSpan) =>
        KerasObjects.Of(py).CreateModel(Kind, args, call);

    public override PyValue GetAttribute(IPythonRuntime py, string name, TextSpan span) => py.NotRun(span);

    public override void Repr(StringBuilder sb) => sb.Append(Kind == ModelClassKind.Sequential ? "Sequential" : "Model");
}

/// <summary>A model of the running code: a Sequential being built, or a functional model.</summary>
internal sealed class ModelValue(ModelState state) : HostValue
{
    public ModelState State { get; } = state;
    public override string TypeName => State.Functional is null ? "Sequential" : "Functional";

    /// <summary><c>model.add(...)</c>, <c>pop()</c>, <c>summary()</c>, <c>build(...)</c>, <c>get_layer(...)</c>; others are not run.</summary>
    public override PyValue CallMethod(IPythonRuntime py, string name, IReadOnlyList<Arg> args, CallExpr call, TextSpan nameSpan) =>
        KerasObjects.Of(py).CallModelMethod(this, name, args, call);

    /// <summary><c>model.layers</c>, <c>name</c>, <c>trainable</c>, a functional model's <c>inputs</c>/<c>outputs</c>.</summary>
    public override PyValue GetAttribute(IPythonRuntime py, string name, TextSpan span) =>
        KerasObjects.Of(py).ModelAttribute(this, name, span);

    public override void SetAttribute(IPythonRuntime py, string name, PyValue assigned) =>
        KerasObjects.Of(py).SetAttribute(this, name, assigned);

    /// <summary><c>model(x)</c>: the model called as one layer.</summary>
    public override PyValue Call(IPythonRuntime py, IReadOnlyList<Arg> args, CallExpr call, TextSpan calleeSpan) =>
        KerasObjects.Of(py).CallOnTensors(this, args, call);

    /// <summary>The variable a model was last assigned to names it in the results.</summary>
    public override void AssignedTo(IPythonRuntime py, string variable)
    {
        State.Variable = variable;
        State.LastRun = py.RunId;
    }

    public override PyValue Subscript(IPythonRuntime py, PyValue index, TextSpan span) => py.NotRun(span);

    public override PyValue Len(CallContext c) => c.NotRun();

    public override void Repr(StringBuilder sb) => sb.Append('<').Append(TypeName).Append(" model>");
}
