using System.Text;
using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Objects;

/// <summary>
/// A symbolic tensor of the functional API (Keras's <c>KerasTensor</c>): what <c>keras.Input(...)</c> used as a
/// tensor, or a layer called on tensors, gives. It is the core's <see cref="KerasTensor"/>, with where the code made it.
/// </summary>
internal sealed class TensorValue(KerasTensor tensor, TextSpan span) : HostValue
{
    public KerasTensor Tensor { get; } = tensor;

    /// <summary>The expression that made the tensor (the layer call); shape errors are reported there.</summary>
    public TextSpan Span { get; } = span;

    public override string TypeName => "KerasTensor";

    /// <summary><c>x.shape</c>, <c>x.dtype</c>.</summary>
    public override PyValue GetAttribute(IPythonRuntime py, string name, TextSpan span) =>
        KerasObjects.Of(py).TensorAttribute(Tensor, name, span);

    /// <summary>Python's operators on a tensor are Keras's operations (<c>x + y</c> is an Add row).</summary>
    public override PyValue? Binary(IPythonRuntime py, BinaryOperator op, PyValue left, PyValue right, TextSpan span) =>
        KerasObjects.Of(py).TensorArithmetic(op, left, right, span);

    public override PyValue? Compare(IPythonRuntime py, CompareOperator op, PyValue left, PyValue right, TextSpan span) =>
        KerasObjects.Of(py).TensorComparison(op, left, right, span);

    public override PyValue? Unary(IPythonRuntime py, UnaryOperator op, TextSpan span) =>
        KerasObjects.Of(py).TensorUnary(op, this, span);

    public override PyValue Subscript(IPythonRuntime py, PyValue index, TextSpan span) => SliceRefused(span);

    // Keras makes a GetItem operation row for x[:, 0], which the core has not yet.
    internal static PyValue SliceRefused(TextSpan span) =>
        Interpreter.Invalid("slicing a tensor (x[...]) is not read yet: Keras shows it as an operation row", span,
            "use a layer, e.g. layers.Cropping1D or layers.Reshape");

    // A layer that returns a list (return_state=True, a model with several outputs) is unpacked as a list.
    public override (string Message, string Hint)? CannotUnpack() =>
        ($"cannot unpack the output of {Tensor.Layer.ClassName}: it is one tensor here",
            "a layer gives a list only when it has several outputs (an RNN or Bidirectional with return_state=True, a model with several outputs); other outputs of this layer are not read yet");

    public override void Repr(StringBuilder sb) => sb.Append("<KerasTensor from ").Append(Tensor.Layer.ClassName).Append('>');
}
