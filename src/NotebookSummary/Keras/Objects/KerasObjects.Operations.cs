using System.Globalization;
using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Objects;

// keras.ops on tensors and Python's operators on tensors: each call is an operation of the graph (a row of the
// summary), made with the core's operation types. Numbers beside a tensor are part of the operation.
internal sealed partial class KerasObjects
{
    // Keras's signatures of the ops the reader reads: the parameters by position, and how many are required.
    private static readonly Dictionary<string, (string[] Parameters, int Required)> OpSignatures = BuildOpSignatures();

    private static Dictionary<string, (string[], int)> BuildOpSignatures()
    {
        var table = new Dictionary<string, (string[], int)>(StringComparer.Ordinal);
        void Add(string[] parameters, int required, params string[] names)
        {
            foreach (var name in names) table[name] = (parameters, required);
        }
        Add(["x1", "x2"], 2, "add", "subtract", "multiply", "divide", "true_divide", "floor_divide", "mod", "power",
            "maximum", "minimum", "equal", "not_equal", "greater", "greater_equal", "less", "less_equal",
            "logical_and", "logical_or", "logical_xor", "matmul");
        Add(["x"], 1, "relu", "relu6", "sigmoid", "tanh", "silu", "swish", "hard_sigmoid", "hard_silu", "hard_swish",
            "selu", "softplus", "softsign", "log_sigmoid", "exp", "log", "sqrt", "square", "abs", "absolute", "negative",
            "sign", "floor", "ceil", "reciprocal", "rsqrt", "erf", "sin", "cos", "log1p", "expm1", "logical_not");
        Add(["x", "alpha"], 1, "elu", "celu");
        Add(["x", "approximate"], 1, "gelu");
        Add(["x", "negative_slope"], 1, "leaky_relu");
        Add(["x", "decimals"], 1, "round");
        Add(["variable"], 1, "stop_gradient");
        Add(["x", "dtype"], 2, "cast");
        Add(["x", "x_min", "x_max"], 3, "clip");
        Add(["x", "axis"], 1, "softmax", "log_softmax");
        Add(["x", "axis", "keepdims"], 1, "mean", "sum", "std", "var", "all", "any", "amax", "amin", "logsumexp");
        Add(["x", "axis", "keepdims", "initial"], 1, "max", "min");
        Add(["x", "axis", "keepdims", "dtype"], 1, "prod");
        Add(["xs", "axis"], 1, "concatenate");
        Add(["x", "axis"], 1, "stack");
        Add(["x", "newshape"], 2, "reshape");
        Add(["x", "axis"], 2, "expand_dims");
        Add(["x", "axis"], 1, "squeeze");
        Add(["x", "axes"], 1, "transpose");
        return table;
    }

    // Keras's class of an op function: the function name in Pascal case, but for the aliases.
    private static string OpClass(string function) => function switch
    {
        "swish" => "Silu",
        "hard_swish" => "HardSilu",
        "abs" => "Absolute",
        _ => string.Concat(function.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..])),
    };

    /// <summary>
    /// <c>ops.relu(x)</c>, <c>keras.ops.concatenate([a, b], axis=-1)</c> on tensors: the operation's output tensor. Other
    /// libraries' functions on tensors (<c>tf.nn.relu</c>) and ops the reader has no rule for are errors pointing at
    /// the call; null when no tensor is given (then it is an ordinary library call).
    /// </summary>
    private PyValue? OperationOnTensors(string path, IReadOnlyList<Arg> args, CallExpr call)
    {
        if (!args.Any(a => HoldsTensor(a.Value))) return null;
        string function = path[(path.LastIndexOf('.') + 1)..];
        string written = Excerpt(call.Callee.Span);
        if (!path.StartsWith("keras.ops.", StringComparison.Ordinal))
            return Reported(call.Callee.Span, $"'{written}' on a tensor is not read: in a Keras model, use keras.ops or a layer",
                MergeLayers.TryGetValue(function, out string? merge) ? $"use the layer: layers.{merge}()([...]), or ops.{function}(...)"
                    : $"use ops.{function}(x) from keras (from keras import ops), or a layer such as layers.Activation(\"{function}\")(x)");
        // ops.shape(x) is no operation: the shape tuple, as x.shape.
        if (function == "shape" && args is [{ Name: null or "x" } only] && Tensor(only.Value) is { } shaped)
            return TensorAttribute(shaped, "shape", call.Span);
        if (!OpSignatures.TryGetValue(function, out var signature))
        {
            string? suggestion = DidYouMean.Suggest(function, OpSignatures.Keys);
            return Reported(call.Callee.Span, $"'{written}' on a tensor is not read yet: the reader has no shape rule for keras.ops.{function}"
                + DidYouMean.Suffix(suggestion),
                "the reader reads element-wise ops and activations, reductions (mean, sum, max, ...), concatenate, stack, reshape, "
                + "expand_dims, squeeze, transpose and matmul; or use a layer (layers.Lambda needs output_shape=)");
        }
        // ops.add(x, z) where z is not known: its value is that unknown, reported where it reaches a model.
        foreach (var arg in args)
            if (arg.Value is PyUnknown unknown) return unknown;
        var bound = BindOpArguments(function, signature.Parameters, signature.Required, args, call);
        if (bound is null) return new PyUnknown(new UnknownCause(UnknownKind.Reported, "", call.Span));
        try
        {
            return MakeOperation(function, bound, call);
        }
        catch (OpArgumentException e)
        {
            return Reported(e.Span, e.Message, e.Hint);
        }
    }

    /// <summary>Python's binding of the arguments to the op's parameters; null after reporting a mismatch.</summary>
    private Dictionary<string, Arg>? BindOpArguments(string function, string[] parameters, int required, IReadOnlyList<Arg> args, CallExpr call)
    {
        var bound = new Dictionary<string, Arg>(StringComparer.Ordinal);
        int position = 0;
        foreach (var arg in args)
        {
            string name;
            if (arg.Name is null)
            {
                if (position >= parameters.Length)
                {
                    Diagnostics.Error(arg.Span, $"ops.{function}() takes {parameters.Length} positional argument(s), but more are given",
                        $"its arguments are {string.Join(", ", parameters)}");
                    return null;
                }
                name = parameters[position++];
            }
            else if (Array.IndexOf(parameters, arg.Name) < 0)
            {
                Diagnostics.Error(arg.NameSpan, $"unknown argument '{arg.Name}' for ops.{function}"
                    + DidYouMean.Suffix(DidYouMean.Suggest(arg.Name, parameters)), $"its arguments are {string.Join(", ", parameters)}");
                return null;
            }
            else name = arg.Name;
            if (!bound.TryAdd(name, arg))
            {
                Diagnostics.Error(arg.NameSpan, $"ops.{function}() got multiple values for argument '{name}'");
                return null;
            }
        }
        for (int i = 0; i < required; i++)
            if (!bound.ContainsKey(parameters[i]))
            {
                Diagnostics.Error(call.Span, $"ops.{function}() is missing its '{parameters[i]}' argument");
                return null;
            }
        return bound;
    }

    private TensorValue MakeOperation(string function, Dictionary<string, Arg> bound, CallExpr call)
    {
        var source = Source.Location(call.Span);
        string className = OpClass(function);
        Arg Required(string name) => bound[name];
        switch (function)
        {
            case "concatenate" or "stack":
            {
                var list = Required(function == "stack" ? "x" : "xs");
                if (list.Value is not (PyList or PyTuple))
                    throw new OpArgumentException(list.Span, $"ops.{function}() takes a list of tensors, but it is given {Describe(list.Value)}",
                        $"write ops.{function}([a, b], axis=...)");
                var tensors = OpTensors(Materialize(list.Value, list.Span)!, list.Span, function);
                if (tensors.Length == 0) throw new OpArgumentException(list.Span, $"ops.{function}() needs at least one tensor, but the list is empty");
                int axis = bound.TryGetValue("axis", out var a) ? OpInt(a, "axis") : 0;
                return Out(new JoinOperation(function == "stack", axis, source).Apply(tensors), call);
            }
            case "reshape":
            {
                var shape = Required("newshape");
                var dims = OpDims(shape);
                return Out(new ReshapeOperation(dims, source).Apply(OpTensor(Required("x"), function)), call);
            }
            case "expand_dims":
                return Out(new ExpandDimsOperation(OpAxes(Required("axis"))!, source).Apply(OpTensor(Required("x"), function)), call);
            case "squeeze":
                return Out(new SqueezeOperation(OptionalAxes(bound, "axis"), source).Apply(OpTensor(Required("x"), function)), call);
            case "transpose":
                return Out(new TransposeOperation(OptionalAxes(bound, "axes"), source).Apply(OpTensor(Required("x"), function)), call);
            case "matmul":
                return Out(new MatmulOperation(source).Apply(OpTensor(Required("x1"), function), OpTensor(Required("x2"), function)), call);
            case "softmax" or "log_softmax":
                int softmaxAxis = bound.TryGetValue("axis", out var s) ? OpInt(s, "axis") : -1;
                return Out(new ElementwiseUnary(className, softmaxAxis, source).Apply(OpTensor(Required("x"), function)), call);
        }
        var signature = OpSignatures[function].Parameters;
        if (signature.Length >= 2 && signature[0] == "x1")
            return Out(BinaryOperation(className, Required("x1"), Required("x2"), source, function), call);
        if (signature.Length >= 3 && signature[2] == "keepdims")
        {
            bool keepdims = bound.TryGetValue("keepdims", out var k) && PyOps.Truthy(k.Value) == true;
            return Out(new Reduction(className, OptionalAxes(bound, "axis"), keepdims, source).Apply(OpTensor(Required("x"), function)), call);
        }
        // Element-wise on one tensor: the other arguments (alpha, dtype, ...) do not change the shape.
        return Out(new ElementwiseUnary(className, source: source).Apply(OpTensor(Required(signature[0]), function)), call);
    }

    /// <summary>Python's <c>x + y</c>, <c>x * 0.5</c>, <c>2 ** x</c>, <c>x @ w</c> with a tensor on either side.</summary>
    internal PyValue TensorArithmetic(BinaryOperator op, PyValue a, PyValue b, TextSpan span)
    {
        string? className = op switch
        {
            BinaryOperator.Add => "Add",
            BinaryOperator.Subtract => "Subtract",
            BinaryOperator.Multiply => "Multiply",
            BinaryOperator.Divide => "TrueDivide",
            BinaryOperator.FloorDivide => "FloorDivide",
            BinaryOperator.Modulo => "Mod",
            BinaryOperator.Power => "Power",
            BinaryOperator.MatrixMultiply => "Matmul",
            BinaryOperator.BitAnd => "LogicalAnd",
            BinaryOperator.BitOr => "LogicalOr",
            BinaryOperator.BitXor => "LogicalXor",
            _ => null,
        };
        if (className is null)
            return Reported(span, $"'{Interpreter.Symbol(op)}' is not defined for tensors", "Keras tensors take +, -, *, /, //, %, **, @, &, | and ^");
        try
        {
            var source = Source.Location(span);
            var operation = className == "Matmul"
                ? new MatmulOperation(source).Apply(OpTensor(new Arg(null, a, span, span), "matmul"), OpTensor(new Arg(null, b, span, span), "matmul"))
                : BinaryOperation(className, new Arg(null, a, span, span), new Arg(null, b, span, span), source, Interpreter.Symbol(op));
            return new TensorValue(operation, span);
        }
        catch (OpArgumentException e)
        {
            return Reported(e.Span, e.Message, e.Hint);
        }
    }

    /// <summary>Python's comparisons with a tensor: <c>x != 0</c> is <c>ops.not_equal</c>; <c>==</c> compares the objects.</summary>
    internal PyValue? TensorComparison(CompareOperator op, PyValue a, PyValue b, TextSpan span)
    {
        if (!IsTensor(a) && !IsTensor(b)) return null;
        string? className = op switch
        {
            CompareOperator.NotEqual => "NotEqual",
            CompareOperator.Less => "Less",
            CompareOperator.LessEqual => "LessEqual",
            CompareOperator.Greater => "Greater",
            CompareOperator.GreaterEqual => "GreaterEqual",
            _ => null,
        };
        if (className is null) return null;
        // Python reflects a comparison: 0 < x is x > 0.
        if (!IsTensor(a))
        {
            (a, b) = (b, a);
            className = className switch { "Less" => "Greater", "Greater" => "Less", "LessEqual" => "GreaterEqual", "GreaterEqual" => "LessEqual", _ => className };
        }
        try
        {
            return new TensorValue(BinaryOperation(className, new Arg(null, a, span, span), new Arg(null, b, span, span), Source.Location(span), className), span);
        }
        catch (OpArgumentException e)
        {
            return Reported(e.Span, e.Message, e.Hint);
        }
    }

    /// <summary>Python's <c>-x</c> (<c>ops.negative</c>) and <c>~x</c> (<c>ops.logical_not</c>) on a tensor.</summary>
    internal PyValue TensorUnary(UnaryOperator op, PyValue value, TextSpan span)
    {
        string? className = op switch { UnaryOperator.Minus => "Negative", UnaryOperator.Invert => "LogicalNot", _ => null };
        if (className is null) return Reported(span, "unary + is not defined for tensors", "remove the +");
        return new TensorValue(new ElementwiseUnary(className, source: Source.Location(span)).Apply(Tensor(value)!), span);
    }

    // An element-wise operation on two operands, one of which may be a number.
    private KerasTensor BinaryOperation(string className, Arg x1, Arg x2, SourceLocation source, string what)
    {
        bool tensor1 = IsTensor(x1.Value), tensor2 = IsTensor(x2.Value);
        if (tensor1 && tensor2) return new ElementwiseBinary(className, source: source).Apply(Tensor(x1.Value)!, Tensor(x2.Value)!);
        if (!tensor1 && !tensor2)
            throw new OpArgumentException(x1.Span, $"'{what}' needs a tensor here, but it is given {Describe(x1.Value)} and {Describe(x2.Value)}");
        var number = tensor1 ? x2 : x1;
        if (number.Value is not (PyInt or PyFloat or PyBool))
            throw new OpArgumentException(number.Span, $"'{what}' with a tensor reads a number beside it, but it is given {Describe(number.Value)}",
                "use a number, or make the other operand a tensor of the model (a layer's output)");
        string text = PyOps.Repr(number.Value);
        return tensor1
            ? new ElementwiseBinary(className, rightConstant: text, source: source).Apply(Tensor(x1.Value)!)
            : new ElementwiseBinary(className, leftConstant: text, source: source).Apply(Tensor(x2.Value)!);
    }

    private static TensorValue Out(KerasTensor tensor, CallExpr call) => new TensorValue(tensor, call.Span);

    private KerasTensor OpTensor(Arg arg, string function) =>
        Tensor(arg.Value) ?? throw new OpArgumentException(arg.Span, $"ops.{function}() needs a tensor here, but it is given {Describe(arg.Value)}",
            "pass a tensor of the model: keras.Input(...) or a layer's output");

    private KerasTensor[] OpTensors(IReadOnlyList<PyValue> values, TextSpan span, string function) =>
        values.Select(v => OpTensor(new Arg(null, v, span, span), function)).ToArray();

    private static int OpInt(Arg arg, string name) =>
        PyOps.AsLong(arg.Value) is { } v and >= int.MinValue and <= int.MaxValue ? (int)v
            : throw new OpArgumentException(arg.Span, $"'{name}' must be an integer, but it is {Describe(arg.Value)}");

    // An axis argument: an integer or a tuple/list of them; None gives null (every axis).
    private int[]? OpAxes(Arg arg)
    {
        if (arg.Value is PyNone) return null;
        if (arg.Value is PyList or PyTuple)
            return Materialize(arg.Value, arg.Span)!.Select(v => OpInt(new Arg(null, v, arg.Span, arg.Span), "axis")).ToArray();
        return [OpInt(arg, "axis")];
    }

    private int[]? OptionalAxes(Dictionary<string, Arg> bound, string name) => bound.TryGetValue(name, out var arg) ? OpAxes(arg) : null;

    // ops.reshape's newshape: integers (-1 to infer) or None for unknown sizes.
    private long?[] OpDims(Arg arg)
    {
        if (PyOps.AsLong(arg.Value) is { } single) return [single];
        if (arg.Value is not (PyList or PyTuple))
            throw new OpArgumentException(arg.Span, $"'newshape' must be a tuple of integers, but it is {Describe(arg.Value)}", "write e.g. (-1, 4, 8): the batch axis first");
        return Materialize(arg.Value, arg.Span)!.Select(v => v is PyNone ? (long?)null
            : PyOps.AsLong(v) ?? throw new OpArgumentException(arg.Span, $"'newshape' must hold integers, but it holds {Describe(v)}")).ToArray();
    }

    private static string Describe(PyValue value) => value switch
    {
        PyList or PyTuple or PyDict => $"a {value.TypeName}",
        LayerValue l => $"a layer ({l.Layer.ClassName})",
        ModelValue => "a model",
        _ => PyOps.Repr(value),
    };

    /// <summary>An argument of an op that the reader cannot use, reported at <see cref="Span"/>.</summary>
    private sealed class OpArgumentException(TextSpan span, string message, string? hint = null) : Exception(message)
    {
        public TextSpan Span { get; } = span;
        public string? Hint { get; } = hint;
    }
}
