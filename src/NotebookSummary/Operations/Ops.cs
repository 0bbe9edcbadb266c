using System.Globalization;

namespace NotebookSummary;

/// <summary>
/// Keras's <c>keras.ops</c> on tensors of a functional model, each a row of the summary (an <see cref="Operation"/>):
/// <code>
/// var z = Ops.Concatenate([x, y], axis: -1);
/// z = Ops.Relu(z);
/// var w = z * 0.5 + 1.0;            // Multiply, then Add
/// </code>
/// Names and arguments are Keras's (<c>ops.mean(x, axis=1, keepdims=True)</c> is
/// <c>Ops.Mean(x, axis: 1, keepdims: true)</c>). Nothing is computed here: shapes are worked out when the model is
/// summarized, and a mismatch (tensors that do not broadcast, an axis that does not exist) is a model error naming
/// the operation and its tensors.
/// </summary>
public static class Ops
{
    // ---- element-wise on two operands ---------------------------------------------------------

    public static KerasTensor Add(KerasTensor x1, KerasTensor x2) => Binary("Add", x1, x2);
    public static KerasTensor Subtract(KerasTensor x1, KerasTensor x2) => Binary("Subtract", x1, x2);
    public static KerasTensor Multiply(KerasTensor x1, KerasTensor x2) => Binary("Multiply", x1, x2);
    /// <summary><c>ops.divide</c> (class <c>Divide</c>); the <c>/</c> operator is <c>ops.true_divide</c>, class <c>TrueDivide</c>.</summary>
    public static KerasTensor Divide(KerasTensor x1, KerasTensor x2) => Binary("Divide", x1, x2);
    public static KerasTensor TrueDivide(KerasTensor x1, KerasTensor x2) => Binary("TrueDivide", x1, x2);
    public static KerasTensor Power(KerasTensor x1, KerasTensor x2) => Binary("Power", x1, x2);
    public static KerasTensor Maximum(KerasTensor x1, KerasTensor x2) => Binary("Maximum", x1, x2);
    public static KerasTensor Minimum(KerasTensor x1, KerasTensor x2) => Binary("Minimum", x1, x2);
    public static KerasTensor Add(KerasTensor x1, double x2) => Binary("Add", x1, x2);
    public static KerasTensor Subtract(KerasTensor x1, double x2) => Binary("Subtract", x1, x2);
    public static KerasTensor Multiply(KerasTensor x1, double x2) => Binary("Multiply", x1, x2);
    public static KerasTensor Divide(KerasTensor x1, double x2) => Binary("Divide", x1, x2);
    public static KerasTensor Power(KerasTensor x1, double x2) => Binary("Power", x1, x2);
    public static KerasTensor Maximum(KerasTensor x1, double x2) => Binary("Maximum", x1, x2);
    public static KerasTensor Minimum(KerasTensor x1, double x2) => Binary("Minimum", x1, x2);
    /// <summary><c>ops.not_equal(x1, x2)</c>: true where the values differ (an Embedding's mask is <c>ops.not_equal(x, 0)</c>).</summary>
    public static KerasTensor NotEqual(KerasTensor x1, double x2) => Binary("NotEqual", x1, x2);

    // ---- element-wise on one tensor -----------------------------------------------------------

    public static KerasTensor Relu(KerasTensor x) => Unary("Relu", x);
    public static KerasTensor Relu6(KerasTensor x) => Unary("Relu6", x);
    public static KerasTensor Sigmoid(KerasTensor x) => Unary("Sigmoid", x);
    public static KerasTensor HardSigmoid(KerasTensor x) => Unary("HardSigmoid", x);
    /// <summary><c>ops.silu</c> (also <c>ops.swish</c>): class <c>Silu</c>.</summary>
    public static KerasTensor Silu(KerasTensor x) => Unary("Silu", x);
    /// <summary><c>ops.hard_silu</c> (also <c>ops.hard_swish</c>): class <c>HardSilu</c>.</summary>
    public static KerasTensor HardSilu(KerasTensor x) => Unary("HardSilu", x);
    public static KerasTensor Gelu(KerasTensor x) => Unary("Gelu", x);
    public static KerasTensor Elu(KerasTensor x) => Unary("Elu", x);
    public static KerasTensor Selu(KerasTensor x) => Unary("Selu", x);
    public static KerasTensor LeakyRelu(KerasTensor x) => Unary("LeakyRelu", x);
    public static KerasTensor Softplus(KerasTensor x) => Unary("Softplus", x);
    public static KerasTensor Softsign(KerasTensor x) => Unary("Softsign", x);
    public static KerasTensor Tanh(KerasTensor x) => Unary("Tanh", x);
    public static KerasTensor Exp(KerasTensor x) => Unary("Exp", x);
    public static KerasTensor Log(KerasTensor x) => Unary("Log", x);
    public static KerasTensor Sqrt(KerasTensor x) => Unary("Sqrt", x);
    public static KerasTensor Square(KerasTensor x) => Unary("Square", x);
    /// <summary><c>ops.abs</c> / <c>ops.absolute</c>: class <c>Absolute</c>.</summary>
    public static KerasTensor Abs(KerasTensor x) => Unary("Absolute", x);
    public static KerasTensor Negative(KerasTensor x) => Unary("Negative", x);
    /// <summary><c>ops.cast(x, dtype)</c>: the values in another type, the same shape.</summary>
    public static KerasTensor Cast(KerasTensor x, string dtype)
    {
        ArgumentNullException.ThrowIfNull(dtype);
        return Unary("Cast", x);
    }

    /// <summary><c>ops.softmax(x, axis=-1)</c>.</summary>
    public static KerasTensor Softmax(KerasTensor x, int axis = -1) => new ElementwiseUnary("Softmax", axis).Apply(x);
    /// <summary><c>ops.log_softmax(x, axis=-1)</c>.</summary>
    public static KerasTensor LogSoftmax(KerasTensor x, int axis = -1) => new ElementwiseUnary("LogSoftmax", axis).Apply(x);

    // ---- reductions ---------------------------------------------------------------------------

    /// <summary><c>ops.mean(x, axis, keepdims)</c> over one axis.</summary>
    public static KerasTensor Mean(KerasTensor x, int axis, bool keepdims = false) => Reduce("Mean", x, [axis], keepdims);
    /// <summary><c>ops.mean(x, axis=None, keepdims=False)</c>: over the given axes, or all of them (the batch too).</summary>
    public static KerasTensor Mean(KerasTensor x, int[]? axis = null, bool keepdims = false) => Reduce("Mean", x, axis, keepdims);
    public static KerasTensor Sum(KerasTensor x, int axis, bool keepdims = false) => Reduce("Sum", x, [axis], keepdims);
    public static KerasTensor Sum(KerasTensor x, int[]? axis = null, bool keepdims = false) => Reduce("Sum", x, axis, keepdims);
    public static KerasTensor Max(KerasTensor x, int axis, bool keepdims = false) => Reduce("Max", x, [axis], keepdims);
    public static KerasTensor Max(KerasTensor x, int[]? axis = null, bool keepdims = false) => Reduce("Max", x, axis, keepdims);
    public static KerasTensor Min(KerasTensor x, int axis, bool keepdims = false) => Reduce("Min", x, [axis], keepdims);
    public static KerasTensor Min(KerasTensor x, int[]? axis = null, bool keepdims = false) => Reduce("Min", x, axis, keepdims);

    // ---- joining and reshaping ----------------------------------------------------------------

    /// <summary><c>ops.concatenate(xs, axis=0)</c>: note Keras's default axis, 0, is the batch.</summary>
    public static KerasTensor Concatenate(IEnumerable<KerasTensor> xs, int axis = 0) => new JoinOperation(stack: false, axis).Apply(List(xs));
    /// <summary><c>ops.stack(x, axis=0)</c>: the tensors on a new axis.</summary>
    public static KerasTensor Stack(IEnumerable<KerasTensor> x, int axis = 0) => new JoinOperation(stack: true, axis).Apply(List(x));
    /// <summary><c>ops.reshape(x, newshape)</c>: the new shape includes the batch axis; -1 for the size to infer, null for None.</summary>
    public static KerasTensor Reshape(KerasTensor x, params long?[] newshape) => new ReshapeOperation(newshape).Apply(x);
    public static KerasTensor ExpandDims(KerasTensor x, params int[] axis) => new ExpandDimsOperation(axis).Apply(x);
    /// <summary><c>ops.squeeze(x, axis=None)</c>: no axes given removes every axis of size 1.</summary>
    public static KerasTensor Squeeze(KerasTensor x, params int[] axis) => new SqueezeOperation(axis.Length == 0 ? null : axis).Apply(x);
    /// <summary><c>ops.transpose(x, axes=None)</c>: no axes given reverses them.</summary>
    public static KerasTensor Transpose(KerasTensor x, params int[] axes) => new TransposeOperation(axes.Length == 0 ? null : axes).Apply(x);
    public static KerasTensor Matmul(KerasTensor x1, KerasTensor x2) => new MatmulOperation().Apply(x1, x2);

    // ---- shared ------------------------------------------------------------------------------

    internal static KerasTensor Binary(string className, KerasTensor x1, KerasTensor x2) => new ElementwiseBinary(className).Apply(x1, x2);
    internal static KerasTensor Binary(string className, KerasTensor x1, double x2) =>
        new ElementwiseBinary(className, rightConstant: Number(x2)).Apply(x1);
    internal static KerasTensor Binary(string className, double x1, KerasTensor x2) =>
        new ElementwiseBinary(className, leftConstant: Number(x1)).Apply(x2);
    private static KerasTensor Unary(string className, KerasTensor x) => new ElementwiseUnary(className).Apply(x);

    private static KerasTensor Reduce(string className, KerasTensor x, int[]? axis, bool keepdims) =>
        new Reduction(className, axis, keepdims).Apply(x);

    private static KerasTensor[] List(IEnumerable<KerasTensor> xs)
    {
        ArgumentNullException.ThrowIfNull(xs);
        var array = xs.ToArray();
        if (array.Length == 0) throw new ArgumentException("the list of tensors is empty", nameof(xs));
        return array;
    }

    // A number as Python would print it in the code (0.5, 1.0, 3).
    private static string Number(double value) =>
        double.IsInteger(value) && Math.Abs(value) < 1e16 ? value.ToString("0.0", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
}
